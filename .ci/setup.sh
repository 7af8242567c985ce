#!/usr/bin/env bash
# Install everything gapgraph needs on a fresh Debian machine: the Debian packages the tests use,
# a virtual environment in .venv, and the project with its test dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=()
command -v rapper >/dev/null 2>&1 || apt_packages+=(raptor2-utils)   # independent Turtle parser for tests
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)                 # maps: --png and the browser tests
command -v javac >/dev/null 2>&1 || apt_packages+=(openjdk-17-jdk-headless)  # Neo4j and Fuseki test servers
command -v mvn >/dev/null 2>&1 || apt_packages+=(maven)
if [ ${#apt_packages[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "gapgraph needs Python >= 3.11" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"

# The test servers: Neo4j 5 (test harness) and Apache Jena Fuseki from Maven Central (cached in ~/.m2),
# each a small Maven project under servers/ whose jars land in servers/*/target/lib.
for server in neo4j fuseki; do
    (cd "servers/$server" && mvn -q -B package dependency:copy-dependencies \
        -DoutputDirectory=target/lib -DincludeScope=runtime -DoverWriteReleases=false)
done
