#!/bin/sh
# The JVM of the short fuzzing run in every build (pom.xml, surefire execution fuzz-short; Unix only): the real java
# ($FUZZ_JAVA) with its native standard error appended to $FUZZ_STDERR. libFuzzer writes its start-up and summary
# lines there directly, past the test output files, so a clean build prints nothing; a finding still fails the
# build with its exception, and libFuzzer's lines about it are in that file.
mkdir -p "$(dirname "$FUZZ_STDERR")"
exec "$FUZZ_JAVA" "$@" 2>>"$FUZZ_STDERR"
