# Các từ của planlang bằng tiếng Việt: những gì máy chủ ngôn ngữ (`plan lsp`) nói với người
# dùng trình soạn thảo, ngoài các chẩn đoán (lỗi trả lời một yêu cầu, thiết lập không nhận
# được). Mỗi thông điệp ở đây có bản tiếng Anh trong ../en/lsp.ftl, cùng mã; thiếu một bên thì
# kiểm thử báo lỗi (src/i18n/tests.rs).

lsp-setting-lang = thiết lập `lang` là `{ $given }`, không phải ngôn ngữ planlang sử dụng: ghi `vi` (tiếng Việt) hoặc `en` (English); vẫn giữ ngôn ngữ đang dùng
lsp-setting-data = thiết lập `data` phải là danh sách đường dẫn các tệp số liệu; vẫn giữ các tệp số liệu đã đặt trước đó
lsp-not-initialized = máy chủ chưa được khởi tạo: trình soạn thảo phải gửi `initialize` trước mọi yêu cầu khác
lsp-shut-down = máy chủ đã nhận yêu cầu dừng nên không trả lời thêm yêu cầu nào
lsp-unknown-method = máy chủ ngôn ngữ của planlang không trả lời yêu cầu `{ $method }`
lsp-bad-params = không đọc được tham số của `{ $method }`: { $reason }
lsp-not-open = tài liệu { $uri } chưa được mở: trình soạn thảo phải gửi `textDocument/didOpen` trước
lsp-internal-error = planlang gặp lỗi ngoài dự kiến khi trả lời `{ $method }` (đây là lỗi của chương trình: xin báo lại)
lsp-format-refused = chưa thể định dạng kế hoạch khi cú pháp còn sai: { $problem }
