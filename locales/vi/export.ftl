# Thẻ và sách nhỏ để in (amparo export).

export-cards-title = Thẻ bỏ ví
export-cards-how = In cả hai mặt, lật tờ giấy theo cạnh dài, rồi cắt theo các đường chấm. Hãy luôn mang theo một thẻ.
export-booklet-title = Biết quyền của quý vị
export-laws = Luật
export-do-not = Những điều đừng làm
# $place: tên đầy đủ của một quận, ví dụ "San Francisco County".
export-help-near = Trợ giúp tại { $place }
export-lines = Các đường dây có thể gọi
export-policy = Chính sách địa phương
export-detention = Những nơi gần đây có thể giam giữ người
# $version: số phiên bản của nội dung; $oldest, $newest: các ngày ghi trên nguồn.
export-footer = Phiên bản nội dung { $version }. Các nguồn có ngày từ { $oldest } đến { $newest }.
export-quiz-answers = Đáp án
