package io.commentmod.moderation.queue;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.commentmod.kit.web.WebAutoConfiguration;
import io.commentmod.moderation.security.SecurityConfiguration;

/** Who may use the moderation API, checked against the real filter chain and the configured accounts. */
@WebMvcTest(QueueController.class)
@Import(SecurityConfiguration.class)
@ImportAutoConfiguration(WebAutoConfiguration.class)
class ApiSecurityTest {

    private static final String QUEUE = "/api/v1/moderation/queue";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ModerationQueue queue;

    @BeforeEach
    void emptyQueue() {
        given(queue.page(0, 20)).willReturn(new QueuePage(List.of(), 0, 20, 0));
    }

    @Test
    void aRequestWithoutCredentialsIsUnauthorizedAsProblemJson() throws Exception {
        mvc.perform(get(QUEUE))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        mvc.perform(get(QUEUE).with(httpBasic("moderator", "guess")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aModeratorSeesTheQueue() throws Exception {
        mvc.perform(get(QUEUE).with(httpBasic("moderator", "moderator-pass")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void anAdminCanDoEverythingAModeratorCan() throws Exception {
        mvc.perform(get(QUEUE).with(httpBasic("admin", "admin-pass")))
                .andExpect(status().isOk());
    }

    @Test
    void aModeratorCannotReachAdministration() throws Exception {
        mvc.perform(get("/api/v1/admin/rules").with(httpBasic("moderator", "moderator-pass")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void pageAndSizeOutsideTheirRangesAreBadRequests() throws Exception {
        mvc.perform(get(QUEUE).param("size", "0").with(httpBasic("moderator", "moderator-pass")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get(QUEUE).param("size", "101").with(httpBasic("moderator", "moderator-pass")))
                .andExpect(status().isBadRequest());
        mvc.perform(get(QUEUE).param("page", "-1").with(httpBasic("moderator", "moderator-pass")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }
}
