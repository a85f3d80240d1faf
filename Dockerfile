# Wegweiser Wesermarsch: production image. Build: docker build -t wegweiser .  Run: docker run -p 8080:8080 wegweiser
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY content content
COPY i18n i18n
RUN mvn -B -q package -DskipTests && java -Djarmode=tools -jar target/wegweiser-*.jar extract --layers --destination /app

FROM eclipse-temurin:21-jre-alpine
RUN addgroup -S wegweiser && adduser -S -G wegweiser -H wegweiser && apk add --no-cache wget
WORKDIR /app
COPY --from=build /app/dependencies/ ./
COPY --from=build /app/spring-boot-loader/ ./
COPY --from=build /app/snapshot-dependencies/ ./
COPY --from=build /app/application/ ./
COPY --chown=wegweiser:wegweiser content /srv/wegweiser/content
COPY --chown=wegweiser:wegweiser i18n /srv/wegweiser/i18n
USER wegweiser
ENV WEGWEISER_CONTENT_DIRECTORY=/srv/wegweiser/content \
    WEGWEISER_I18N_DIRECTORY=/srv/wegweiser/i18n \
    JAVA_TOOL_OPTIONS="-Xmx192m -XX:MaxDirectMemorySize=48m -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "wegweiser.jar"]
