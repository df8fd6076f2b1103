# One image recipe for every service: docker compose passes SERVICE (comment-service, moderation-service,
# notification-service, demo-site). The build stage uses the project's own Maven Wrapper, so the image builds what CI tests.
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY contracts contracts
COPY service-kit service-kit
COPY test-support test-support
COPY moderation-engine moderation-engine
COPY spam-model spam-model
COPY comment-service comment-service
COPY moderation-service moderation-service
COPY notification-service notification-service
COPY demo-site demo-site
COPY local-stack/pom.xml local-stack/pom.xml
COPY engine-lab/pom.xml engine-lab/pom.xml
RUN ./mvnw -B -q -pl ${SERVICE} -am -Dmaven.test.skip=true package \
 && cp ${SERVICE}/target/${SERVICE}-*-exec.jar /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 app
USER app
COPY --from=build /app.jar /app/app.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
