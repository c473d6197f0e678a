# planlang's words in English: the evaluation's statuses and marks. Every message here has
# its Vietnamese in ../vi/evaluation.ftl, under the same id; a test fails when one lacks the
# other (src/i18n/tests.rs).

## Where a target stands (the evaluation's statuses; ids in JSON and queries stay English).
## $on_track and $needs_acceleration are the growth ratio's thresholds, as percentages.
status-achieved = achieved
status-achieved-means = the latest value meets the target
status-missed = missed
status-missed-means = the target's year is over and it was not met, or a level to hold was broken
status-on_track = on track
status-on_track-means = moving towards the target at { $on_track } or more of the pace needed to reach it in time
status-needs_acceleration = needs acceleration
status-needs_acceleration-means = moving towards the target, at { $needs_acceleration } to { $on_track } of the pace needed
status-limited_progress = limited progress
status-limited_progress-means = moving towards the target, at less than { $needs_acceleration } of the pace needed
status-regressing = regressing
status-regressing-means = moving away from the target
status-insufficient_data = insufficient data
status-insufficient_data-means = too few values to judge (a trend needs two years' values)
status-not_yet_due = not yet due
status-not_yet_due-means = the target's years have not begun

## Reports owed.
compliance-on_time = on time
compliance-late = late
compliance-missing = missing
compliance-upcoming = upcoming

## Tasks owed.
task-done = done
task-late = done late
task-overdue = overdue
task-upcoming = upcoming

## Marks in reports.
mark-strive = * phấn đấu (strive): an aspirational target the plan strives for; judged like the others
