# Wegweiser Wesermarsch: production image. Build: docker build -t wegweiser .  Run: docker run -p 8080:8080 wegweiser
#
# Bases pinned to exact tags of the JVM line the benchmarks ran on (Temurin 25.0.3+9, HotSpot on glibc, Ubuntu
# Noble). Where a registry is reachable, pin digests too: docker buildx imagetools inspect <image:tag>.
#
# Stages: build compiles and packages without the content (a content change does not rebuild the jar); test runs
# the whole test suite against the content (the image cannot be built when a test fails; the browser tests need
# Chromium, which is not in the build image, and skip there: CI runs them); the runtime stage takes the jar, the
# content and the test stage's mark.
FROM maven:3.9.12-eclipse-temurin-25 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
# the content schemas are built into the jar: the loader checks every content file with them
COPY docs/schema docs/schema
RUN mvn -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/wegweiser.jar extract --layers --destination /app

FROM build AS test
COPY content content
COPY i18n i18n
# DeploymentFilesTest checks deploy/ and this file with node, which are not in this stage (CI runs it)
RUN mvn -B -q test '-Dtest=!DeploymentFilesTest' && touch /build/tests-passed

FROM eclipse-temurin:25.0.3_9-jre-noble
# a numeric user, so that Kubernetes can check runAsNonRoot (runAsUser 10001 in deploy/k8s/deployment.yaml)
RUN groupadd --system --gid 10001 wegweiser \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin wegweiser \
 && install -d -o 10001 -g 10001 -m 0750 /var/lib/wegweiser
WORKDIR /app
COPY --from=build /app/dependencies/ ./
COPY --from=build /app/spring-boot-loader/ ./
COPY --from=build /app/snapshot-dependencies/ ./
COPY --from=build /app/application/ ./
COPY --from=test /build/tests-passed /app/tests-passed
# content and texts belong to root and are only read by the service
COPY content /srv/wegweiser/content
COPY i18n /srv/wegweiser/i18n
USER 10001:10001
ENV WEGWEISER_CONTENT_DIRECTORY=/srv/wegweiser/content \
    WEGWEISER_I18N_DIRECTORY=/srv/wegweiser/i18n \
    WEGWEISER_RELOAD_STATE_DIRECTORY=/var/lib/wegweiser \
    JAVA_TOOL_OPTIONS="-Xmx192m -XX:MaxDirectMemorySize=48m -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
# -XX:TrimNativeHeapInterval: glibc keeps C heap the JVM freed; trimming it gave back 32 MB after load
# (docs/benchmarks.md). The content bounds (docs/operating.md) keep a large file from ever reaching the heap.
# the last good content (a volume, so that it outlives the container)
VOLUME /var/lib/wegweiser
EXPOSE 8080
# bash's /dev/tcp, so the check needs no wget or curl in the image; UP or STALE (last good content served) are ready
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"\\(UP\\|STALE\\)\"' <&3"]
ENTRYPOINT ["java", "-jar", "wegweiser.jar"]
