# planlang's words in English. Every message here has its Vietnamese in vi.ftl, under the
# same id; a test fails when one lacks the other (src/i18n/tests.rs).

## Where a target stands (the evaluation's statuses; ids in JSON and queries stay English).
status-achieved = achieved
status-achieved-means = the target is met
status-missed = missed
status-missed-means = the milestone has passed and the target was not met
status-on_track = on track
status-on_track-means = progress so far keeps pace with the path to the target
status-needs_acceleration = needs acceleration
status-needs_acceleration-means = progressing, but too slowly to meet the target in time
status-limited_progress = limited progress
status-limited_progress-means = hardly any progress towards the target
status-regressing = regressing
status-regressing-means = moving away from the target
status-insufficient_data = insufficient data
status-insufficient_data-means = too few values to judge the target
status-not_yet_due = not yet due
status-not_yet_due-means = the target's time has not come and nothing can be judged yet

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
mark-strive = * strive (phấn đấu): an aspirational target
