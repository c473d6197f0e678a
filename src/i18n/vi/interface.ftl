# Các từ của planlang bằng tiếng Việt: dòng lệnh và REPL. Mỗi thông điệp ở đây có bản tiếng Anh
# trong ../en/interface.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).

## Phần trợ giúp của dòng lệnh (src/cli/help.rs): `cli-plan` là lệnh `plan`, `cli-TÊN` một lệnh
## con, `cli-TÊN-THAMSỐ` một tham số của một lệnh con, `cli-arg-THAMSỐ` tham số dùng chung;
## `.long` là phần giải thích dài của `--help`; `cli-value-THAMSỐ-GIÁTRỊ` nghĩa của một giá trị.
cli-heading-usage = Cách dùng:
cli-heading-arguments = Tham số
cli-heading-options = Tùy chọn
cli-heading-commands = Các lệnh
cli-command-placeholder = LỆNH
cli-possible-values = giá trị có thể dùng
cli-possible-values-heading = Các giá trị có thể dùng:
cli-default = mặc định
cli-help = In phần trợ giúp (tóm tắt với -h, đầy đủ với --help)
cli-version = In số phiên bản

cli-plan = Viết kế hoạch hành động công khai dưới dạng văn bản, kiểm tra và theo dõi việc thực hiện.
cli-plan-lang = Ngôn ngữ hiển thị: `vi` (tiếng Việt) hoặc `en` (tiếng Anh) (mặc định: theo biến PLANLANG_LANG, nếu không có thì theo locale LC_ALL, LC_MESSAGES hoặc LANG, vi_* là tiếng Việt, còn lại là tiếng Anh)

cli-arg-plan = Tệp kế hoạch
cli-arg-data = Các tệp số liệu: CSV (số liệu quan sát, báo cáo đã nhận hoặc nhiệm vụ đã hoàn thành), JSON hoặc xlsx
cli-arg-as_of = Ngày đánh giá, dạng YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: ngày hôm nay theo giờ Việt Nam)
cli-arg-format = Cách ghi kết quả
cli-arg-force = Ghi đè TỆP nếu tệp đã có
cli-arg-keep_going = Trả mã thoát 0 kể cả khi có dòng số liệu bị loại (tệp không dùng được thì vẫn trả mã 2)
cli-arg-decimal_comma = Tệp số liệu không nói rõ cách viết số thì viết `9,5` và `1.234.567` (dấu phẩy thập phân; dấu chấm chỉ để tách hàng nghìn)
cli-arg-decimal_point = Tệp số liệu không nói rõ cách viết số thì viết `9.5` và `1,234,567` (dấu chấm thập phân, nên `210.500` là 210,5)
cli-arg-encoding = Bảng mã của các tệp số liệu không có dấu BOM: utf-8 (mặc định), windows-1258 (Windows tiếng Việt), windows-1252 (Windows Tây Âu), utf-16le...
cli-arg-sheet = Trang tính cần đọc trong tệp Excel (.xlsx); nếu không nêu, đọc trang tính đầu tiên có dòng tiêu đề ghi tên các cột
cli-arg-amendments = Một văn bản sửa đổi kế hoạch (có thể nêu nhiều lần)

cli-value-format-human = Thông báo kèm đoạn văn bản có lỗi, để người đọc
cli-value-format-short = `tệp:dòng:cột: mức[mã]: nội dung`, mỗi thông báo một dòng, cho trình soạn thảo
cli-value-format-json = JSON, cho các chương trình khác
cli-value-format-xlsx = Tệp Excel (cần -o TỆP.xlsx)
cli-value-format-html = Một trang trọn vẹn (kiểu trình bày và biểu đồ nằm ngay trong trang), để xem hoặc in khổ A4
cli-value-format-docx = Văn bản Word để trình (Báo cáo kết quả thực hiện), trình bày theo thể thức văn bản hành chính của Nghị định 30/2020/NĐ-CP, có đánh dấu các chỗ cần điền
cli-value-rows-targets = Mỗi chỉ tiêu một dòng (mặc định)
cli-value-rows-reporting = Mỗi báo cáo phải gửi một dòng
cli-value-rows-tasks = Mỗi dự án hoặc nhiệm vụ đến hạn hoặc sắp đến hạn một dòng, theo từng cơ quan chủ trì

cli-check = Kiểm tra các tệp kế hoạch và báo mọi lỗi tìm thấy
cli-check-files = Các tệp kế hoạch cần kiểm tra
cli-check-format = Cách in các thông báo
cli-check-deny_warnings = Coi cả cảnh báo là không đạt (mã thoát 1)

cli-eval = Đánh giá số liệu thực hiện so với kế hoạch: tình trạng của từng chỉ tiêu và việc chấp hành chế độ báo cáo
cli-eval-data = Các tệp số liệu: CSV (số liệu quan sát, báo cáo đã nhận hoặc nhiệm vụ đã hoàn thành), JSON hoặc xlsx (theo phần mở rộng `.json` và `.xlsx`)
cli-eval-area = Địa bàn cần đánh giá (mặc định: địa bàn cao nhất của kế hoạch)
cli-eval-by = Nhóm bảng theo mục tiêu hoặc theo cơ quan chủ trì
cli-eval-rows = Các dòng mà --format csv ghi: mỗi chỉ tiêu (mặc định), mỗi báo cáo phải gửi hoặc mỗi nhiệm vụ phải thực hiện một dòng
cli-eval-output = Ghi kết quả vào TỆP (thay tệp thường đã có) thay vì in ra màn hình; bắt buộc với --format xlsx
cli-eval-amendments = Một văn bản sửa đổi kế hoạch (có thể nêu nhiều lần): mỗi mốc được đánh giá theo chỉ tiêu có hiệu lực vào cuối năm của mốc, cơ quan thực hiện và lịch báo cáo theo bản sửa đổi có hiệu lực vào ngày --as-of

cli-cascade = In cách các kế hoạch triển khai một kế hoạch cấp trên tiếp nhận các chỉ tiêu của nó: giữ nguyên, điều chỉnh (kèm giá trị và lý do), không áp dụng hoặc còn thiếu
cli-cascade-parent = Kế hoạch cấp trên (chương trình quốc gia, kế hoạch của tỉnh)
cli-cascade-children = Các kế hoạch triển khai kế hoạch cấp trên (`implements TÊN` trên lệnh nhập của KẾ HOẠCH CẤP TRÊN)

cli-query = Chạy truy vấn trên kế hoạch và số liệu: `-e TRUY_VẤN` (có thể nêu nhiều lần) hoặc mỗi truy vấn một dòng từ đầu vào chuẩn. Mã thoát 1 nếu có truy vấn lỗi
cli-query-queries = Truy vấn cần chạy (có thể nêu nhiều lần); nếu không có, đọc truy vấn từ đầu vào chuẩn, mỗi dòng một truy vấn (bỏ qua dòng trống và dòng bắt đầu bằng `#`)

cli-repl = Hỏi đáp trực tiếp: có lịch sử lệnh, gợi ý hoàn thành, `:help`
cli-repl-plan = Tệp kế hoạch cần nạp (có thể nạp sau bằng `:load KẾ_HOẠCH`)
cli-repl-history_file = Nơi lưu lịch sử lệnh (mặc định: planlang/history trong thư mục dữ liệu của người dùng)

cli-show = In mô hình đã phân giải của một kế hoạch (theo bản sửa đổi có hiệu lực vào một ngày, với --amendment)
cli-show-file = Tệp kế hoạch
cli-show-as_of = Hiển thị kế hoạch theo các sửa đổi có hiệu lực vào ngày này, dạng YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: ngày hôm nay theo giờ Việt Nam, khi có --amendment)
cli-show-amendments = Một văn bản sửa đổi kế hoạch (có thể nêu nhiều lần); áp dụng các văn bản có hiệu lực vào ngày --as-of

cli-history = Liệt kê các phiên bản chỉ tiêu và cơ quan thực hiện của một chỉ tiêu: theo kế hoạch, rồi theo từng văn bản sửa đổi, kèm văn bản căn cứ
cli-history-id = Một chỉ tiêu hoặc chỉ tiêu thành phần của kế hoạch (`14`, `16a`)

cli-new = Viết một kế hoạch mới triển khai KẾ HOẠCH CẤP TRÊN: tiếp nhận mọi chỉ tiêu của kế hoạch cấp trên, lấy chỉ tiêu của cấp trên làm giá trị ban đầu, để trống cơ quan chủ trì và số văn bản để điền sau
cli-new-implements = Kế hoạch mà kế hoạch mới triển khai (chương trình quốc gia, kế hoạch của tỉnh)
cli-new-area = Địa bàn của kế hoạch mới, theo cách văn bản gọi tên ("Huyện Mộc Châu")
cli-new-output = Nơi ghi kế hoạch mới; `-` thì in ra đầu ra chuẩn

cli-template = Tạo biểu mẫu nhập số liệu (.xlsx, bằng tiếng Việt), mỗi dòng một chỉ tiêu do một cơ quan chủ trì (hoặc mọi chỉ tiêu) và một kỳ, để điền rồi đọc lại bằng `plan eval`
cli-template-agency = Cơ quan có các chỉ tiêu cần nhập (các chỉ tiêu cơ quan đó chủ trì); nếu không nêu, lấy mọi chỉ tiêu
cli-template-area = Địa bàn của các dòng (mặc định: địa bàn cao nhất của kế hoạch)
cli-template-from = Kỳ đầu tiên cần nhập: một năm (mặc định: năm đầu của kế hoạch), hoặc nửa năm, quý, tháng với các dòng theo kỳ đó
cli-template-to = Kỳ cuối cùng cần nhập (mặc định: năm nay, muộn nhất là năm cuối của kế hoạch)
cli-template-output = Tệp Excel cần ghi (.xlsx)
cli-template-force = Ghi đè TỆP nếu tệp đã có (có thể là biểu mẫu đã điền)

cli-chart = Vẽ biểu đồ của một chỉ tiêu hoặc chỉ tiêu thành phần thành ảnh SVG: các giá trị, đường từ giá trị cơ sở đến từng chỉ tiêu, các chỉ tiêu, giá trị dự báo và giá trị theo từng nhóm
cli-chart-id = Một chỉ tiêu không có chỉ tiêu thành phần, hoặc một chỉ tiêu thành phần (`3`, `16a`)
cli-chart-data = Các tệp số liệu: CSV, JSON hoặc xlsx, như `plan eval` đọc
cli-chart-area = Địa bàn có giá trị được vẽ (mặc định: địa bàn cao nhất của kế hoạch)
cli-chart-as_of = Ngày tính số liệu và đánh giá chỉ tiêu, dạng YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: ngày hôm nay theo giờ Việt Nam)
cli-chart-output = Tệp ảnh cần ghi (.svg)
cli-report = Lập báo cáo kết quả đánh giá thành một trang HTML trọn vẹn để xem hoặc in khổ A4, hoặc thành văn bản Word để trình (--format docx): tổng hợp tình trạng, từng chỉ tiêu với mức cần đạt, cơ quan chủ trì, phối hợp và biểu đồ, tình hình gửi báo cáo và thực hiện nhiệm vụ của các cơ quan, đơn vị, các vấn đề của số liệu
cli-report-data = Các tệp số liệu, như `plan eval` đọc: CSV (số liệu, báo cáo đã nhận hoặc nhiệm vụ đã hoàn thành), JSON hoặc xlsx; không có tệp nào: báo cáo của Kế hoạch khi chưa có số liệu
cli-report-area = Địa bàn cần báo cáo (mặc định: địa bàn cao nhất của kế hoạch)
cli-report-output = Tệp cần ghi: TỆP.html, hoặc TỆP.docx với --format docx
cli-completions = In tập lệnh gợi ý (completion) cho một trình shell, để cài một lần: shell sẽ tự gợi ý các lệnh con, tùy chọn và giá trị của plan
    .long = In tập lệnh gợi ý (completion) cho một trình shell ra đầu ra chuẩn, để cài một lần: shell sẽ tự gợi ý các lệnh con, tùy chọn và giá trị của plan (docs/cli.md nêu nơi đặt tập lệnh cho từng shell). zsh, fish và PowerShell hiển thị phần giải thích của từng mục, bằng ngôn ngữ của lệnh đã in tập lệnh
cli-completions-shell = Trình shell dùng tập lệnh
cli-fmt = Định dạng các tệp kế hoạch theo một bố cục chuẩn, giữ nguyên mọi từ ngữ và chú thích: ghi lại tệp tại chỗ, hoặc với --check chỉ liệt kê
    .long = Định dạng các tệp kế hoạch theo một bố cục chuẩn (mỗi trường một dòng, mỗi cấp thụt lề bốn dấu cách, chú thích và dòng trống giữ nguyên chỗ), giữ nguyên mọi từ ngữ, con số và chú thích như đã viết: tệp nào thay đổi thì được ghi lại tại chỗ, trọn vẹn một lần và giữ nguyên quyền truy cập; với --check thì không ghi gì, chỉ liệt kê các tệp sẽ thay đổi. Tệp có lỗi cú pháp được giữ nguyên và các lỗi được nêu ra
cli-fmt-paths = Các tệp kế hoạch, hoặc thư mục (mọi tệp *.plan bên trong); `-` thì đọc từ đầu vào chuẩn và ghi văn bản đã định dạng ra đầu ra chuẩn
cli-fmt-check = Không ghi gì: liệt kê các tệp sẽ thay đổi, và thoát với mã 1 nếu có
cli-man = In trang hướng dẫn (man) của plan hoặc của một lệnh con, để đọc bằng `man`
    .long = In trang hướng dẫn của plan hoặc của một lệnh con ở định dạng roff ra đầu ra chuẩn, để đọc bằng `man` (`plan man check | man -l -`), bằng ngôn ngữ đã chọn
cli-man-command = Lệnh con cần in trang hướng dẫn (`plan man check` là trang plan-check(1)); nếu không nêu, in trang của chính lệnh plan
cli-man-manual = Hướng dẫn sử dụng planlang
cli-man-section-name = tên
cli-man-section-synopsis = cách dùng
cli-man-section-description = mô tả
cli-man-section-version = phiên bản
cli-lsp = Chạy máy chủ ngôn ngữ trên đầu vào và đầu ra chuẩn, cho trình soạn thảo: báo lỗi ngay khi gõ, gợi ý, sửa nhanh, xem thông tin khi di chuột, đi tới định nghĩa, tìm tham chiếu, đổi tên, dàn ý, tô màu, định dạng
    .long = Chạy máy chủ ngôn ngữ (Language Server Protocol) trên đầu vào và đầu ra chuẩn. Trình soạn thảo khởi động máy chủ cho các tệp kế hoạch: các vấn đề mà plan check tìm thấy hiện ngay khi gõ, kể cả trong các tệp được nhập; dàn ý gồm mục tiêu, chỉ tiêu và chỉ tiêu thành phần; từ ngữ được tô màu theo vai trò; tệp được định dạng như plan fmt định dạng. editors/README.md hướng dẫn cài đặt cho VS Code và Neovim. Máy chủ dùng ngôn ngữ đã chọn cho plan (--lang) cho đến khi trình soạn thảo đặt `lang` trong phần thiết lập
cli-lsp-stdio = Trao đổi qua đầu vào và đầu ra chuẩn (cách duy nhất; nhận tùy chọn này vì trình soạn thảo thường truyền vào)

## Dòng lệnh không hợp lệ (src/cli/usage_error.rs).
cli-error = lỗi
cli-error-value-required = '{ $arg }' cần một giá trị nhưng không có giá trị nào
cli-error-invalid-value = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
cli-error-validation = giá trị '{ $value }' không hợp lệ cho '{ $arg }': { $reason }
cli-error-unknown-argument = không có tham số '{ $arg }'
cli-error-similar-argument = gợi ý: có tham số gần giống: '{ $arg }'
cli-error-dash-value = gợi ý: để dùng '{ $arg }' làm giá trị, viết '-- { $arg }'
cli-error-unknown-subcommand = không có lệnh '{ $subcommand }'
cli-error-similar-subcommand = gợi ý: có lệnh gần giống: '{ $subcommand }'
cli-error-conflict = không dùng được tham số '{ $arg }' cùng với '{ $other }'
cli-error-missing = thiếu các tham số bắt buộc sau:
cli-error-too-many = giá trị '{ $value }' của '{ $arg }' là thừa; không cần thêm giá trị nào
cli-error-more = Xem thêm hướng dẫn: thêm '--help' vào lệnh.

## REPL và `plan query` (src/repl, src/cli/repl).
repl-banner = planlang { $version } — hỏi đáp về một kế hoạch và số liệu của kế hoạch.
repl-banner-end = Gõ :help để xem hướng dẫn, :help examples để xem các truy vấn mẫu, :quit hoặc Ctrl-D để thoát.
repl-cancelled = (đã hủy truy vấn)
error-line = lỗi: { $message }
repl-no-plan-for-query = chưa nạp kế hoạch nào; nạp bằng `:load KẾ_HOẠCH` (ví dụ `:load plans/son-la-children-2021-2030.plan`)
repl-no-plan = chưa nạp kế hoạch nào; nạp bằng `:load KẾ_HOẠCH`
repl-against-new-plan = { $why } (khi đọc theo kế hoạch mới)
repl-loaded = đã nạp { $plan }
repl-data-before-plan = số liệu được đọc theo một kế hoạch; hãy nạp kế hoạch trước bằng `:load KẾ_HOẠCH`
repl-kept = vẫn giữ trạng thái trước: { $plan }, { $files } tệp số liệu
repl-nothing-loaded = chưa nạp gì
repl-nothing-to-reload = không có gì để nạp lại; hãy nạp kế hoạch bằng `:load KẾ_HOẠCH`
repl-reloaded = ghi chú: { $path } { $why ->
        [changed] đã thay đổi trên đĩa
       *[asked] được đọc lại
    }; đã nạp lại: { $plan }
repl-reload-unusable = { $path } { $why ->
        [changed] đã thay đổi trên đĩa
       *[asked] được đọc lại
    } nhưng không dùng được: { $error }
repl-data-reloaded = ghi chú: đã nạp lại số liệu: { $note }
repl-data-kept = { $error }; vẫn giữ số liệu đã đọc trước đó
repl-no-plan-yet = chưa có (`:load KẾ_HOẠCH`)
repl-summary-plan = kế hoạch: { $plan }
repl-no-data-yet = số liệu: chưa có (`:data TỆP`)
repl-summary-options = tính đến ngày { $date }, kết quả dạng { $format }
repl-plan-described = { $path } ({ $indicators } chỉ tiêu, { $measures } đại lượng đo{ $queries ->
        [0] {""}
       *[other] , { $queries } truy vấn đặt tên
    }{ $warnings ->
        [0] {""}
       *[other] , { $warnings } cảnh báo
    })
repl-data-note = số liệu: { $files }: đọc { $read } dòng = { $accepted } dòng nhận + { $rejected } dòng loại{ $problems ->
        [yes] {" "}(`:errors` liệt kê các lỗi)
       *[no] {""}
    }
repl-plan-unreadable = không đọc được `{ $path }`: { $why }
repl-plan-has-errors = `{ $path }` có { $count } lỗi:
repl-plan-more-errors = ... và { $count } lỗi khác (`plan check { $path }`)
repl-data-unusable = không nạp được `{ $name }`: { $why }

repl-load-needs-file = `:load` cần một tệp kế hoạch, ví dụ `:load plans/son-la-children-2021-2030.plan`
repl-explain-needs-id = `:explain` cần một chỉ tiêu hoặc chỉ tiêu thành phần, ví dụ `:explain 3`
repl-run-needs-name = `:run` cần tên của một truy vấn; `:queries` liệt kê các truy vấn
repl-commands-listed = `:help commands` liệt kê các lệnh
repl-unknown-command = không có lệnh `:{ $name }`; { $hint }
repl-as-of = tính đến ngày { $date }
repl-not-a-date = `{ $given }` không phải là ngày: { $why }; hãy viết dạng YYYY-MM-DD hoặc DD/MM/YYYY, ví dụ `:as-of 30/06/2025`
repl-format = kết quả dạng { $format }
repl-formats-listed = hãy viết `:format table`, `:format json` hoặc `:format csv`
repl-unknown-format = không có dạng kết quả `{ $given }`; { $hint }
repl-named-query-problem = trong truy vấn đặt tên `{ $name }`: { $problem }
repl-no-evaluation = đánh giá: { $why }; truy vấn chỉ trả lời theo kế hoạch, không có tình trạng
repl-errors-tally = kế hoạch: { $errors } lỗi, { $warnings } cảnh báo; số liệu: loại { $rejected } trong { $read } dòng đã đọc, { $data_warnings } cảnh báo; truy vấn đặt tên: { $bad_queries } truy vấn có lỗi
repl-no-such-measure = kế hoạch không có chỉ tiêu hoặc chỉ tiêu thành phần `{ $id }`; { $hint }
repl-no-named-queries = kế hoạch không có truy vấn đặt tên nào; thêm vào tệp kế hoạch: query TÊN "indicators where ..."
repl-queries-listed = `:queries` liệt kê các truy vấn
repl-no-such-query = kế hoạch không có truy vấn tên `{ $name }`; { $hint }
repl-topics-are = các chủ đề là { $topics }
repl-no-such-topic = không có hướng dẫn về `{ $topic }`; { $hint }

repl-command-load = nạp một kế hoạch (các tệp số liệu được đọc lại theo kế hoạch đó)
repl-command-data = thêm tệp số liệu (CSV, JSON, xlsx: số liệu quan sát, báo cáo đã nhận, nhiệm vụ đã hoàn thành); không kèm tệp thì liệt kê những gì đã nạp
repl-command-reload = đọc lại kế hoạch và số liệu (cũng tự làm trước mỗi truy vấn khi có tệp thay đổi)
repl-command-as-of = đánh giá tính đến một ngày, YYYY-MM-DD; không kèm ngày thì cho biết ngày đang dùng
repl-command-format = cách in kết quả; không kèm giá trị thì cho biết cách đang dùng
repl-command-errors = các lỗi và cảnh báo của kế hoạch, các dòng số liệu bị loại và lỗi trong truy vấn đặt tên
repl-command-explain = cách tính từng tình trạng của một chỉ tiêu, từng bước
repl-command-queries = liệt kê các truy vấn đặt tên của kế hoạch
repl-command-run = chạy một truy vấn đặt tên
repl-command-help = hướng dẫn: syntax (cú pháp), fields (các trường), commands (các lệnh), examples (ví dụ)
repl-command-quit = thoát (hoặc :q, :exit, Ctrl-D)

repl-help-overview =
    Hỏi đáp về một kế hoạch và số liệu của kế hoạch. Gõ một truy vấn, hoặc một lệnh bắt đầu bằng `:`.
    Chủ đề: { $topics }  (`:help CHỦ_ĐỀ`)

    Thử:
repl-help-commands = Các lệnh (dòng bắt đầu bằng `:`):
repl-help-examples = Ví dụ (trên plans/son-la-children-2021-2030.plan và số liệu mẫu):
repl-help-task-examples =
    Trên một kế hoạch có nhiệm vụ và số liệu hoàn thành (plans/dong-nai-drugs-2025.plan và
    plans/data/dong-nai-tasks-done.csv; `show NHIỆM_VỤ` hiển thị một nhiệm vụ):
repl-help-subject = { $subject } (các cột hiển thị mặc định: { $shown })
repl-help-statuses =
    Tình trạng của một chỉ tiêu là tình trạng của mốc hiện tại: mốc gần nhất chưa qua,
    hoặc mốc cuối cùng. `targets` có mỗi mốc chỉ tiêu một dòng với tình trạng riêng. Các tình trạng:
repl-help-other-statuses =
    Tình trạng báo cáo: on_time (đúng hạn), late (chậm), missing (chưa gửi), upcoming (chưa đến hạn).
    `tasks` và `projects` có một dòng cho mỗi cơ quan chủ trì và mỗi kỳ phải thực hiện; tình trạng: done
    (đã hoàn thành), late (hoàn thành chậm), overdue (quá hạn), upcoming (chưa đến hạn; để trống nếu không có hạn).
repl-help-syntax =
    Một truy vấn có một trong các dạng:

      SUBJECT [due WHEN] [where CONDITION] [sort by FIELD [asc|desc], ...] [limit N] [columns FIELD, ...]
      late reports ...  |  missing reports ...        (báo cáo có tình trạng đó)
      late tasks ...    |  overdue tasks ...          (nhiệm vụ hoặc dự án có tình trạng đó)
      count SUBJECT [due WHEN] [where CONDITION] by FIELD, ... [sort by FIELD|count [desc]] [limit N]
      show ID                                          (một chỉ tiêu, chỉ tiêu thành phần, cơ quan, nhiệm vụ hoặc dự án)

    SUBJECT (đối tượng) là indicators (chỉ tiêu), targets (mốc chỉ tiêu), agencies (cơ quan), objectives
    (mục tiêu), reports (báo cáo), tasks (nhiệm vụ) hoặc projects (dự án).
    WHEN (thời hạn) là một năm (`due 2025`) hoặc hai ngày (`due 2025-01-01..2025-06-30`); áp dụng cho mốc
    chỉ tiêu (năm của mốc hoặc khoảng thời gian phải duy trì), báo cáo, nhiệm vụ và dự án (hạn hoàn thành).
    CONDITION (điều kiện) kết hợp các phép so sánh bằng and, or, not và dấu ngoặc:
      FIELD = VALUE    FIELD != VALUE    FIELD < VALUE  (<=, >, >=; hoặc ≤ ≥ ≠)
      FIELD ~ "chữ"    có chứa, không phân biệt hoa thường và dấu tiếng Việt ("y te" tìm được "Y tế")
      FIELD in (VALUE, VALUE, ...)
      "chữ"            tên (của chỉ tiêu, hoặc tên cơ quan) có chứa đoạn chữ đó
    VALUE (giá trị) là một từ (yte, 16a, on_track), một số, một ngày (2025-06-30) hoặc một đoạn chữ trong ngoặc kép.
    Trường có nhiều giá trị (lead, owner, target_year...) khớp khi một trong các giá trị khớp.
    Mã cũng khớp theo tên: `lead = "Sở Y tế"` tức là `lead = yte`.
    Một truy vấn có thể viết trên nhiều dòng: truy vấn chưa xong (còn mở ngoặc, kết thúc bằng `and`) được viết
    tiếp ở dòng sau. `:help fields` liệt kê các trường, `:help examples` cho các truy vấn mẫu.

repl-example-indicators = mọi chỉ tiêu và chỉ tiêu thành phần, cơ quan chủ trì, mốc hiện tại, tình trạng và giá trị mới nhất
repl-example-lead-not-achieved = các chỉ tiêu do Sở Y tế chủ trì chưa đạt
repl-example-title-text = các chỉ tiêu có "trẻ em" trong tên (không phân biệt hoa thường và dấu) thuộc mục tiêu b
repl-example-lead-by-name = cơ quan cũng tìm được theo tên
repl-example-2030-only = các chỉ tiêu chỉ có mốc năm 2030
repl-example-in-trouble = các mốc năm 2025 đang gặp khó khăn
repl-example-low-ratio = các mốc có tỷ số tăng trưởng dưới 0,6
repl-example-show-indicator = mọi thông tin về chỉ tiêu 3: các mốc, cơ quan thực hiện, nguồn số liệu, số liệu, tình trạng từng mốc
repl-example-show-composite = một chỉ tiêu gồm nhiều chỉ tiêu thành phần: từng thành phần
repl-example-show-agency = một cơ quan: các chỉ tiêu chủ trì và phối hợp, các báo cáo phải gửi
repl-example-agencies-behind = các cơ quan chậm gửi báo cáo
repl-example-reports-half-year = các báo cáo đến hạn trong 6 tháng đầu năm 2025
repl-example-latest-reports = các báo cáo chậm nhất
repl-example-missing-reports = các báo cáo chưa gửi
repl-example-count-status-owner = số chỉ tiêu theo tình trạng và theo cơ quan
repl-example-count-reports = việc báo cáo năm 2024 qua các con số
repl-example-objectives = các mục tiêu và chỉ tiêu của từng mục tiêu
repl-example-explain = cách tính từng tình trạng của chỉ tiêu 3
repl-example-run = một truy vấn đặt tên lưu trong kế hoạch (`:queries` liệt kê các truy vấn)
repl-example-overdue-tasks = các nhiệm vụ của Sở Y tế đã quá hạn mà chưa hoàn thành
repl-example-tasks-of-lead = mọi nhiệm vụ do Sở Y tế chủ trì, theo từng kỳ phải thực hiện
repl-example-count-tasks = số nhiệm vụ mỗi cơ quan đã hoàn thành, hoàn thành chậm, quá hạn hoặc chưa đến hạn
repl-example-agencies-tasks-behind = các cơ quan chậm thực hiện nhiệm vụ
repl-example-overdue-projects = các dự án đã quá hạn

## Các câu của lệnh `plan` (src/cli).
cmd-not-a-date = --as-of `{ $given }` không phải là ngày: { $why }; hãy viết dạng YYYY-MM-DD hoặc DD/MM/YYYY
cmd-plan-has-errors = `{ $path }` có lỗi; chạy `plan check { $path }` để xem chi tiết
cmd-role-not-imported = `{ $path }` { $role } `{ $alias }`, nhưng không nhập (import) tệp đó
cmd-role-other-file = `{ $path }` { $role } `{ $alias }` ("{ $imported }"), không phải `{ $target }`
cmd-input-not-text = đầu vào chuẩn: dòng { $line } không phải văn bản UTF-8 (byte { $byte } ở cột { $column }); dòng này bị bỏ qua (hãy lưu đầu vào dạng UTF-8)
cmd-cannot-read = không đọc được `{ $path }`: { $why }
cmd-cannot-write = không ghi được `{ $path }`: { $why }
cmd-cannot-read-input = không đọc được đầu vào chuẩn: { $why }
cmd-query-line = dòng { $line }
cmd-output-failed = không ghi được ra { $stream ->
        [out] đầu ra chuẩn
       *[err] luồng lỗi chuẩn
    }: { $why }; kết quả in ra không đầy đủ
cmd-reading = đang đọc { $name }: { $percent }
cmd-no-such-measure = `{ $path }` không có chỉ tiêu hoặc chỉ tiêu thành phần `{ $id }`{ $hint }
cmd-man-no-such-command = `{ $command }` không phải là lệnh con của plan{ $hint }; `plan --help` liệt kê các lệnh con
cmd-man-cannot-render = không lập được trang hướng dẫn: { $why }
cmd-write-no-file-name = đường dẫn không chỉ tới một tệp
cmd-write-no-folder = thư mục `{ $folder }` không tồn tại
cmd-write-not-regular = đã có và không phải tệp thường (thư mục, liên kết, thiết bị...); hãy ghi vào đường dẫn khác
cmd-write-exists = tệp đã có; dùng --force để ghi đè
cmd-write-created-meanwhile = tệp đã có (vừa được tạo trong lúc ghi); dùng --force để ghi đè
cmd-write-permission-denied = không có quyền ghi
cmd-new-empty-area = --area để trống; hãy nêu địa bàn của kế hoạch mới, ví dụ --area "Huyện Mộc Châu"
cmd-new-over-parent = `{ $path }` là kế hoạch cấp trên hoặc một tệp mà kế hoạch đó nhập; hãy ghi kế hoạch mới vào tệp khác
cmd-new-path-not-utf8 = đường dẫn của `{ $path }` không phải UTF-8, nên tệp kế hoạch không nhập được
cmd-new-no-indicators = `{ $path }` không khai báo chỉ tiêu nào, nên kế hoạch triển khai nó không có gì để tiếp nhận
cmd-new-wrote = đã ghi { $path }: tiếp nhận { $indicators } chỉ tiêu, { $measures } đại lượng đo của { $parent }
cmd-new-has-errors = kế hoạch mới có lỗi (lỗi của `plan new`, xin báo lỗi kèm theo { $parent })
cmd-new-to-fill = cần điền: số văn bản, cơ quan ban hành và ngày ký ở phần đầu, và cơ quan chủ trì của { $leads } chỉ tiêu (tổng cộng { $warnings } cảnh báo: { $to_fill } chỗ cần điền{ $others ->
        [0] {""}
       *[other] , { $others } cảnh báo khác
    }); `plan check { $path }` liệt kê các chỗ đó
cmd-fmt-reformatted = đã định dạng lại { $path }
cmd-fmt-would-change = { $count } tệp chưa được định dạng; chạy `plan fmt ĐƯỜNG_DẪN` không kèm --check để định dạng
cmd-fmt-no-plans = thư mục `{ $path }` không có tệp kế hoạch nào (*.plan)
cmd-fmt-refused = không định dạng được `{ $path }`: cần sửa { $count } lỗi nêu trên trước; tệp được giữ nguyên
cmd-template-not-xlsx = `{ $path }` không có đuôi .xlsx; biểu mẫu là tệp Excel: hãy đặt tên TỆP.xlsx
cmd-template-wrote = đã ghi { $path }: { $rows } dòng cần điền ({ $indicators } chỉ tiêu × { $periods } kỳ: { $listed }), địa bàn { $area }
cmd-report-wrong-extension = `{ $path }` không có đuôi .{ $extension }; --format { $format } ghi { $format ->
        [docx] một văn bản Word
       *[html] một trang HTML
    }: hãy đặt tên TỆP.{ $extension }
cmd-report-wrote = đã ghi { $path }: { $targets } mức chỉ tiêu của { $indicators } chỉ tiêu, địa bàn { $area }, tính đến ngày { $date }{ $format ->
        [docx] {""}
       *[html] , { $charts } biểu đồ
    }
cmd-data-rejected-evaluation = số liệu có { $count } lỗi; hãy sửa, hoặc thêm --keep-going để nhận kết quả đánh giá từ các dòng đã đọc được
cmd-data-rejected-report = số liệu có { $count } lỗi; hãy sửa, hoặc thêm --keep-going để nhận báo cáo từ các dòng đã đọc được

## plan cascade và plan history dạng văn bản (src/render/cascade.rs, history.rs). Chỉ tiêu, cơ
## quan và mã viết như trong tệp kế hoạch.
cascade-parent = kế hoạch cấp trên: { $parent }
cascade-parent-targets = cấp trên: { $targets }
cascade-adopted = giữ nguyên, tại chỉ tiêu { $by }
cascade-adapted = điều chỉnh, tại chỉ tiêu { $by }, lý do: "{ $because }"
cascade-waived = không áp dụng, lý do: "{ $because }"
cascade-missing = CÒN THIẾU: chưa giữ nguyên, điều chỉnh hay ghi không áp dụng
cascade-none = không có
cascade-counts = { $adopted } giữ nguyên, { $adapted } điều chỉnh, { $waived } không áp dụng, { $missing } còn thiếu; { $added } chỉ tiêu bổ sung: { $listed }
history-from = từ ngày { $date }

## plan show dạng văn bản (src/render/model_text.rs): các đề mục; nội dung kế hoạch viết bằng
## từ khóa của ngôn ngữ kế hoạch.
show-imports = Các tệp nhập
show-agencies = Các cơ quan
show-no-objective = Chỉ tiêu không thuộc mục tiêu nào
show-reports = Các báo cáo
show-waived = Không áp dụng
show-reviews = Sơ kết, tổng kết
show-projects = Các dự án
show-tasks = Các nhiệm vụ
show-objective = Mục tiêu { $id }: { $title }
warning-line = cảnh báo: { $message }
cmd-no-line-editor = không khởi động được trình soạn dòng lệnh: { $why }
cmd-history-is-input = tệp lịch sử `{ $path }` là { $what ->
        [plan] tệp kế hoạch
       *[data] một tệp số liệu
    } mà phiên này đọc: lưu lịch sử sẽ ghi đè lên tệp đó; hãy nêu --history-file khác
cmd-history-not-history = `{ $path }` không phải tệp lịch sử (dòng đầu không phải `{ $header }`): lưu lịch sử sẽ ghi đè lên tệp đó; hãy nêu --history-file khác, hoặc một tệp trống hay tệp mới
cmd-history-unreadable = không đọc được tệp lịch sử `{ $path }`: { $why }
cmd-history-bad-entry = tệp lịch sử `{ $path }`: { $why }; bỏ qua mục đó (và bỏ khỏi tệp khi lưu lịch sử), giữ các mục khác
cmd-history-cut-short = không đọc hết được tệp lịch sử `{ $path }`: { $why }
cmd-history-unsaved = không lưu được lịch sử vào { $path }: { $why }

## Lý do không đánh giá được kế hoạch hoặc không lập được biểu mẫu (src/eval/evaluate.rs, src/template.rs).
refuse-unknown-name = không có { $what ->
        [agency] cơ quan
       *[area] địa bàn
    } `{ $given }`; { $hint }
refuse-names-are = các { $what ->
        [agency] cơ quan
       *[area] địa bàn
    } của kế hoạch là { $names }
refuse-no-area = kế hoạch chưa khai báo địa bàn nào; hãy thêm `area MÃ "Tên"` để số liệu ghi được nơi đo
refuse-eval-no-period = kế hoạch không có `period`; việc đánh giá cần biết các năm của kế hoạch
refuse-template-no-period = kế hoạch không có `period`, nên không biết cần hỏi số liệu của những năm nào
refuse-period-kinds = --from { $from } và --to { $to } là hai loại kỳ khác nhau; hãy nêu hai năm, hai nửa năm, hai quý hoặc hai tháng
refuse-periods-reversed = --to { $to } ở trước --from { $from }
refuse-period-outside = { $period } nằm ngoài thời gian của kế hoạch ({ $first }..{ $last }; năm { $baseline } được nhận làm năm cơ sở)
refuse-nothing-owed = cơ quan `{ $agency }` không chủ trì chỉ tiêu nào của kế hoạch, nên không phải báo số liệu; biểu mẫu dành cho các cơ quan chủ trì (`lead { $agency }`)

## Lý do không đọc được tệp kế hoạch (src/files.rs).
file-not-regular = đây là { $kind ->
        [folder] một thư mục
        [fifo] một FIFO (ống có tên)
        [char_device] một thiết bị ký tự
        [block_device] một thiết bị khối
        [socket] một socket
       *[other] một loại tệp đặc biệt
    }, không phải tệp thường: hãy nêu đường dẫn tới một tệp kế hoạch lưu trên đĩa
file-too-large = tệp kế hoạch phải nhỏ hơn 4 GiB
cmd-data-rejected-chart = số liệu có { $count } lỗi; hãy sửa, hoặc thêm --keep-going để nhận biểu đồ từ các dòng đã đọc được
cmd-xlsx-needs-file = --format xlsx ghi ra tệp Excel, không in ra màn hình được: hãy nêu tệp cần ghi bằng -o TỆP.xlsx
cmd-eval-not-xlsx = `{ $path }` không có đuôi .xlsx; --format xlsx ghi ra tệp Excel: hãy đặt tên TỆP.xlsx
cmd-chart-not-svg = `{ $path }` không có đuôi .svg; biểu đồ là ảnh SVG: hãy đặt tên TỆP.svg
cmd-chart-nothing = số liệu không có giá trị nào của { $id } cho địa bàn { $area } trong các kỳ kết thúc đến ngày { $date }, nên không có gì để vẽ; hãy kiểm tra tệp số liệu có dòng cho chỉ tiêu này, hoặc nêu --area hay --as-of khác
cmd-chart-wrote = đã ghi { $path }: { $id }, địa bàn { $area }, tính đến ngày { $date }: { $values } giá trị, { $milestones } mốc, { $groups } nhóm
cmd-chart-has-parts = chỉ tiêu { $id } gồm các chỉ tiêu thành phần, mỗi thành phần có số liệu và mức chỉ tiêu riêng: hãy vẽ một thành phần ({ $parts })
input-not-utf8 = dòng { $line } không phải văn bản UTF-8 (byte { $byte } ở cột { $column })
repl-name-a-measure = hãy nêu một chỉ tiêu (3) hoặc một chỉ tiêu thành phần (16a); `indicators` liệt kê các chỉ tiêu
