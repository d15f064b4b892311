#!/usr/bin/env bash
# Times DatabaseProvisioner.apply for a 50-node cluster on a fresh MariaDB and again on the
# provisioned one, next to the mariadb client running the same statements from a file.
# Starts its own mariadbd servers on 127.0.0.1 (free ports, data under lb-db/target/) and stops
# them by PID. Needs Debian's mariadb-server package.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl lb-db -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

classpath="lb-db/target/test-classes:lb-db/target/classes:$(cat lb-db/target/bench.classpath)"
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" \
    org.lbkit.db.bench.ProvisioningBench lb-db/target
