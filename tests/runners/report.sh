# Sourced by every suite runner of tests/run-all.sh: how a runner reports what it ran.
#
# run-all.sh sets CLAWDEV_REPORT to a file; each call appends one tab-separated line to it:
#   counts  <label> <passed> <failed> <skipped>   one per test run (a test project, a test file, ...)
#   failure <label> <text>                          one per failed test or broken run, listed at the end
# A runner written in another language may append the same lines itself.

report_counts() { # label passed failed skipped
  printf 'counts\t%s\t%d\t%d\t%d\n' "$1" "$2" "$3" "$4" >>"$CLAWDEV_REPORT"
}

report_failure() { # label text
  printf 'failure\t%s\t%s\n' "$1" "$2" >>"$CLAWDEV_REPORT"
}

# A run that produced no results (build error, crash, nothing found) counts as one failed test, so the
# closing "N passed, N failed" line can never look clean when something did not run.
report_not_run() { # label reason
  report_counts "$1" 0 1 0
  report_failure "$1" "$2"
}
