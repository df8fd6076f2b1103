package io.commentmod.moderation.decisions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.server.ResponseStatusException;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Priority;
import io.commentmod.kit.web.WebAutoConfiguration;
import io.commentmod.moderation.cases.CaseView;
import io.commentmod.moderation.security.LoginThrottle;
import io.commentmod.moderation.security.SecurityConfiguration;

@WebMvcTest(DecisionController.class)
@Import({SecurityConfiguration.class, LoginThrottle.class, DecisionRequestValidationTest.SystemClock.class})
@ImportAutoConfiguration(WebAutoConfiguration.class)
class DecisionRequestValidationTest {

    /** The security chain's throttle needs a clock; the full application gets it from service-kit. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SystemClock {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    private static final String URL = "/api/v1/moderation/cases/c-1/decision";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ModeratorDecisions decisions;

    private ResultActions decide(String json) throws Exception {
        return mvc.perform(post(URL).with(user("moderator").roles("MODERATOR"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void anUnknownDecisionIsABadRequestNamingTheField() throws Exception {
        decide("{\"decision\":\"MAYBE\",\"reason\":\"not sure\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        verifyNoInteractions(decisions);
    }

    @Test
    void aMissingDecisionIsABadRequestNamingTheField() throws Exception {
        decide("{\"reason\":\"spam\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
    }

    @Test
    void aDecisionWithoutAReasonIsABadRequest() throws Exception {
        decide("{\"decision\":\"REJECT\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decide("{\"decision\":\"REJECT\",\"reason\":\"   \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verifyNoInteractions(decisions);
    }

    @Test
    void aReasonCodeAloneExplainsADecision() throws Exception {
        given(decisions.decide(eq("c-1"), any(), anyString())).willReturn(new CaseView(null,
                CommentStatus.REJECTED, Priority.NORMAL, null, null, "rules-1", 2, List.of(), 0, List.of(),
                List.of(), null, null, null, null, false, List.of()));

        decide("{\"decision\":\"REJECT\",\"category\":\"OFF_TOPIC\"}")
                .andExpect(status().isOk());

        verify(decisions).decide(eq("c-1"),
                eq(new DecisionRequest(ModeratorDecision.REJECT, null, null, DecisionCategory.OFF_TOPIC)),
                eq("moderator"));
    }

    @Test
    void aReasonLongerThanFiveHundredCharactersIsABadRequest() throws Exception {
        decide("{\"decision\":\"APPROVE\",\"reason\":\"" + "x".repeat(501) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void aValidDecisionIsRecordedInTheNameOfTheSignedInModerator() throws Exception {
        // Given a case the service will decide
        given(decisions.decide(eq("c-1"), any(), anyString())).willReturn(new CaseView(null,
                CommentStatus.PUBLISHED, Priority.NORMAL, null, null, "rules-1", 2, List.of(), 0, List.of(),
                List.of(), null, null, null, null, false, List.of()));

        // When the moderator approves with a reason of exactly the maximum length
        decide("{\"decision\":\"APPROVE\",\"reason\":\"" + "y".repeat(500) + "\"}")
                // Then the decision goes through under their user name
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.revision").value(2));
        verify(decisions).decide(eq("c-1"), eq(new DecisionRequest(ModeratorDecision.APPROVE, "y".repeat(500), null, null)),
                eq("moderator"));
    }

    @Test
    void aConflictIsReportedAsProblemJson() throws Exception {
        given(decisions.decide(eq("c-1"), any(), anyString()))
                .willThrow(new ResponseStatusException(HttpStatus.CONFLICT, "changed meanwhile"));

        decide("{\"decision\":\"REJECT\",\"reason\":\"spam\",\"expectedRevision\":1}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("changed meanwhile"));
    }
}
