# csh-reconciler: build the jar with Maven, run it on a JRE as a non-root user.
#   docker build -t csh-reconciler:0.1.0 .
#   docker run --rm -v csh-reports:/app/reports csh-reconciler:0.1.0 --demo
#   with a read-only root file system, /tmp needs a tmpfs: docker run --rm --read-only --tmpfs /tmp ...
# .ci/container-check builds and runs it without a registry (stand-in base images from Debian packages).
# See README.md, "Running in production".

# ---- build ---------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The dependencies change far less often than the code: resolve them in a layer of their own,
# so that a code change does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -DskipTests package
# Spring Boot's layered jar: dependencies, spring-boot-loader, snapshot-dependencies, application,
# each a directory under extracted/; merged they give csh-reconciler.jar with its lib/ beside it, a plain
# class path that the JDK's class data sharing (CDS) can archive, unlike the nested jars of the fat jar.
RUN java -Djarmode=tools -jar target/csh-reconciler.jar extract --layers --destination extracted

# ---- run -----------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
LABEL org.opencontainers.image.title="csh-reconciler" \
      org.opencontainers.image.description="Community Success Hours reconciliation batch job"

# A fixed, numeric UID/GID: Kubernetes can only enforce runAsNonRoot on a numeric USER, and volumes
# can be prepared for it (fsGroup).
RUN groupadd --system --gid 10001 csh \
 && useradd --system --uid 10001 --gid csh --home-dir /app --no-create-home --shell /usr/sbin/nologin csh

WORKDIR /app
# config/: mount point for the ConfigMap (application.yml, communities.yml); Spring Boot reads
# ./config/application.yml by itself and csh.communities-file defaults to config/communities.yml.
# reports/ and data/ (the H2 job database, unless SPRING_DATASOURCE_URL points elsewhere) are the
# only places the job writes, besides /tmp; the code itself stays owned by root and read-only.
RUN mkdir -p /app/config /app/reports /app/data \
 && chown 10001:10001 /app/reports /app/data

# Least to most often changed, so that a code change rebuilds only the last layer.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# A CDS archive from a training start-up (the context refreshes, then exits; no job, no network, an
# in-memory database) halves start-up (docs/PERFORMANCE.md). It must be made by this image's JVM and used
# from this directory; should it not match, the JVM ignores it and starts as usual.
RUN java -XX:ArchiveClassesAtExit=csh-reconciler.jsa -Dspring.context.exit=onRefresh \
        -jar csh-reconciler.jar --csh.run-on-startup=false --spring.datasource.url=jdbc:h2:mem:cds-training

# Fontconfig, read when the workbook writer sizes its columns, wants to write its cache: the image's copy in
# /var/cache/fontconfig is stale (a layer keeps the font directories' times to the second, the cache recorded
# nanoseconds), and neither it nor the home directory /app is writable by the job, so every run printed
# "Fontconfig error: No writable cache directories". /tmp is writable wherever the job runs (POI needs it too).
ENV XDG_CACHE_HOME=/tmp/.cache

VOLUME ["/app/reports", "/app/data"]
USER 10001:10001

# Exec form: java is PID 1 and receives SIGTERM itself, so a stopped pod stops the job cleanly.
# Extra JVM flags: set JAVA_TOOL_OPTIONS. Job arguments (--from=..., --to=...) follow the entrypoint.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=csh-reconciler.jsa", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "csh-reconciler.jar"]
