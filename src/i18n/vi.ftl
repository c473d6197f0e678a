# Các từ của planlang bằng tiếng Việt. Mỗi thông điệp ở đây có bản tiếng Anh trong en.ftl,
# cùng mã; thiếu một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).

## Tình trạng của chỉ tiêu (mã trong JSON và truy vấn vẫn bằng tiếng Anh).
status-achieved = Đạt
status-achieved-means = chỉ tiêu đã đạt
status-missed = Không đạt
status-missed-means = đã qua mốc thời gian mà chỉ tiêu không đạt
status-on_track = Đúng tiến độ
status-on_track-means = tiến độ đến nay theo kịp lộ trình đến chỉ tiêu
status-needs_acceleration = Cần đẩy nhanh
status-needs_acceleration-means = có tiến bộ, nhưng chậm, không kịp đạt chỉ tiêu đúng hạn
status-limited_progress = Tiến bộ hạn chế
status-limited_progress-means = hầu như không tiến gần chỉ tiêu
status-regressing = Đi xuống
status-regressing-means = đang đi xa chỉ tiêu
status-insufficient_data = Thiếu số liệu
status-insufficient_data-means = chưa đủ số liệu để đánh giá chỉ tiêu
status-not_yet_due = Chưa đến hạn
status-not_yet_due-means = chưa đến thời hạn của chỉ tiêu, chưa đánh giá được

## Báo cáo phải gửi.
compliance-on_time = Đúng hạn
compliance-late = Chậm
compliance-missing = Chưa gửi
compliance-upcoming = Chưa đến hạn

## Nhiệm vụ phải thực hiện.
task-done = Đã hoàn thành
task-late = Hoàn thành chậm
task-overdue = Quá hạn
task-upcoming = Chưa đến hạn

## Ký hiệu trong báo cáo.
mark-strive = * phấn đấu: chỉ tiêu phấn đấu đạt
