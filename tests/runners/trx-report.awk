# Reads one TRX file (the test results `dotnet test --logger trx` writes) and prints report lines in
# report.sh's format: one "counts" line, and one "failure" line per failed test or broken run (with the first
# line of its message, so a failure can be read from the summary alone).
# Usage: awk -v label=NAME -f trx-report.awk FILE.trx
function attribute(tag, name) {
  if (!match(tag, " " name "=\"[^\"]*\"")) return ""
  return unescape(substr(tag, RSTART + length(name) + 3, RLENGTH - length(name) - 4))
}
function unescape(text) {
  gsub(/&quot;/, "\"", text); gsub(/&apos;/, "'", text); gsub(/&lt;/, "<", text)
  gsub(/&gt;/, ">", text); gsub(/&amp;/, "\\&", text)
  return text
}
function start_tags(line, element, tags,    count) {
  count = 0
  while (match(line, "<" element " [^>]*>")) {
    tags[++count] = substr(line, RSTART, RLENGTH)
    line = substr(line, RSTART + RLENGTH)
  }
  return count
}
{
  n = start_tags($0, "UnitTestResult", results)
  for (i = 1; i <= n; i++) {
    result = attribute(results[i], "outcome")
    awaiting_message = 0
    if (result == "Failed") {
      failed_tests[++failed_names] = attribute(results[i], "testName")
      awaiting_message = failed_names
    }
    # A skipped xunit test is a result "NotExecuted" that the counters leave out.
    else if (result == "NotExecuted") skipped++
  }
  if (awaiting_message && match($0, /<Message>.*/)) {
    message = substr($0, RSTART + 9)
    sub(/<\/Message>.*/, "", message)
    message = unescape(message)
    if (length(message) > 300) message = substr(message, 1, 300) "…"
    failed_tests[awaiting_message] = failed_tests[awaiting_message] " — " message
    awaiting_message = 0
  }
  if (start_tags($0, "ResultSummary", summary) > 0) outcome = attribute(summary[1], "outcome")
  if (start_tags($0, "Counters", counters) > 0) {
    seen_counters = 1
    total = attribute(counters[1], "total") + 0
    passed = attribute(counters[1], "passed") + 0
    failed = attribute(counters[1], "failed") + attribute(counters[1], "error") \
      + attribute(counters[1], "timeout") + attribute(counters[1], "aborted")
  }
}
END {
  if (!seen_counters) {
    printf "counts\t%s\t0\t1\t0\nfailure\t%s\tunreadable test results %s\n", label, label, FILENAME
    exit
  }
  # A run that ended badly without a failed test (a crashed or aborted test host) is one failure.
  broken = (outcome != "Completed" && outcome != "Passed" && failed == 0) || total == 0
  printf "counts\t%s\t%d\t%d\t%d\n", label, passed, failed + broken, skipped
  for (i = 1; i <= failed_names; i++) printf "failure\t%s\t%s\n", label, failed_tests[i]
  if (total == 0) printf "failure\t%s\tran no tests\n", label
  else if (broken) printf "failure\t%s\ttest run %s (see the log above)\n", label, tolower(outcome)
}
