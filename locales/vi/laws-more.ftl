# Thêm các luật của California: mỗi luật có ý nghĩa gì đối với quý vị, và luật đó không làm được gì.

law-vision-act-name = Đạo luật VISION (VISION Act, AB 937)
law-vision-act-summary = Dự luật này lẽ ra sẽ ngăn nhà tù tiểu bang và nhà giam địa phương giao người cho Sở Di trú và Hải quan (ICE) khi những người đó đủ điều kiện được thả. Dự luật được Hạ viện tiểu bang thông qua năm 2021. Năm 2022, dự luật bị thất bại tại Thượng viện tiểu bang, thiếu 3 phiếu. Đây không phải là luật.
law-vision-act-does-not = Đây không phải là luật, nên không bảo vệ ai cả. Nhà tù tiểu bang vẫn có thể báo cho Sở Di trú và Hải quan (ICE) biết về những người sắp ra tù và sắp xếp để giao họ cho ICE. Các giới hạn trong SB 54 áp dụng cho cảnh sát địa phương và văn phòng cảnh sát trưởng quận (sheriff), không áp dụng cho nhà tù tiểu bang.

law-home-act-name = Đạo luật HOME (HOME Act, AB 1306)
law-home-act-summary = Dự luật này được đưa ra sau Đạo luật VISION. Thống đốc Newsom đã phủ quyết dự luật này vào ngày 22 tháng 9 năm 2023, nên đây không phải là luật. Khi phủ quyết, ông nói rằng nhà tù tiểu bang sẽ giới hạn việc liên lạc với Sở Di trú và Hải quan (ICE) vào hai lúc: khi một người vào tù và khi người đó sắp được thả.
law-home-act-does-not = Đây không phải là luật, nên không bảo vệ ai cả. Nhà tù tiểu bang vẫn có thể báo cho Sở Di trú và Hải quan (ICE) biết về những người sắp ra tù và sắp xếp để giao họ cho ICE.

law-ab60-name = Bằng lái xe AB 60
law-ab60-summary = Quý vị có thể lấy bằng lái xe California ngay cả khi quý vị không chứng minh được mình đang ở Hoa Kỳ hợp pháp. Quý vị phải đáp ứng mọi điều kiện khác, và phải chứng minh quý vị là ai và quý vị sống ở California. Đối xử bất công với quý vị vì quý vị có loại bằng lái này là trái luật.
law-ab60-does-not = Đây là giấy phép lái xe. Bằng này không được xem là giấy tờ tùy thân cho các mục đích của liên bang. Bằng này không giữ bí mật hồ sơ DMV của quý vị đối với cảnh sát: DMV vẫn có thể chia sẻ hồ sơ với cơ quan công lực để điều tra, và việc đó có thể bao gồm cả Sở Di trú và Hải quan (ICE).

law-ab450-name = Đạo luật Bảo vệ Công nhân Di dân (Immigrant Worker Protection Act, AB 450)
law-ab450-summary = Chủ lao động của quý vị không được tự ý cho nhân viên di trú vào những khu vực nơi làm việc mà công chúng thường không được vào, như văn phòng hay phòng chỉ dành cho công nhân, trừ khi nhân viên di trú có lệnh do thẩm phán ký. Chủ lao động cũng không được cho nhân viên di trú xem hoặc lấy hồ sơ của công nhân nếu không có lệnh do thẩm phán ký, trát đòi hầu tòa (subpoena), hoặc thông báo của liên bang về việc kiểm tra giấy tờ làm việc (mẫu I-9). Nếu chủ lao động nhận được thông báo như vậy, chủ lao động phải báo cho công nhân trong vòng 72 giờ, bằng ngôn ngữ mà chủ lao động thường dùng với họ.
law-ab450-does-not = Đây là quy định cho chủ lao động, không phải cho Sở Di trú và Hải quan (ICE). Nếu nhân viên di trú có lệnh do thẩm phán ký, họ vẫn có thể vào. Giấy tờ của ICE, như Mẫu I-200 hoặc Mẫu I-205, không phải là lệnh do thẩm phán ký. Chủ lao động của quý vị không phải dùng thân mình để chặn nhân viên di trú. Quý vị vẫn giữ các quyền của mình tại nơi làm việc, như quyền giữ im lặng.

law-ab49-name = Trường học là Nơi An toàn (Safe Haven Schools, AB 49)
law-ab49-summary = Nhân viên di trú không được vào những khu vực của trường học không mở cửa cho công chúng, trừ khi họ đưa ra giấy tờ tùy thân hợp lệ và có lệnh (warrant) hoặc trát đòi hầu tòa (subpoena) của thẩm phán, hoặc án lệnh của tòa án. Trường học không được cung cấp cho nhân viên di trú thông tin về học sinh, gia đình hay nhân viên nhà trường nếu không có lệnh do thẩm phán ký.
law-ab49-does-not = Luật này không ngăn được những nhân viên công lực đưa ra giấy tờ tùy thân hợp lệ và có lệnh do thẩm phán ký, trát đòi hầu tòa (subpoena) của thẩm phán hoặc án lệnh của tòa án. Quy định của luật này về việc đi vào là dành cho những khu vực của trường học không mở cửa cho công chúng.

law-sb81-name = Cơ sở chăm sóc sức khỏe (SB 81)
law-sb81-summary = Các nơi cung cấp dịch vụ y tế phải chọn ra những khu vực nào của họ không mở cửa cho công chúng. Họ phải không cho nhân viên di trú vào những khu vực đó, trừ khi nhân viên di trú có lệnh do thẩm phán ký hoặc án lệnh của tòa án. Tình trạng di trú của quý vị được xem là một phần trong hồ sơ y tế của quý vị.
law-sb81-does-not = Luật này không ngăn được những nhân viên di trú có lệnh do thẩm phán ký hoặc án lệnh của tòa án. Quy định của luật này là dành cho những khu vực mà nơi cung cấp dịch vụ y tế đã đánh dấu là không mở cửa cho công chúng.

law-sb98-name = Trường học phải báo cho gia đình (SB 98)
law-sb98-summary = Khi trường học xác nhận có nhân viên di trú trong khuôn viên trường, trường phải báo cho phụ huynh, học sinh và nhân viên nhà trường. Kế hoạch an toàn của trường phải có điều này chậm nhất là ngày 1 tháng 3 năm 2026. Quy định này kéo dài đến ngày 1 tháng 1 năm 2031.
law-sb98-does-not = Luật này là về việc báo cho mọi người biết, không phải về việc ngăn nhân viên di trú vào. AB 49 có các quy định về khi nào nhân viên di trú được vào những khu vực của trường học không mở cửa cho công chúng.

law-sb627-name = Đạo luật Không có Cảnh sát Bí mật (No Secret Police Act, SB 627)
law-sb627-summary = Luật này nói rằng nhân viên công lực địa phương, tiểu bang và liên bang không được che mặt khi làm việc với công chúng. Có những ngoại lệ, như khi làm việc chìm (undercover), khi đeo khẩu trang y tế loại N95, và đồ bảo hộ của đội SWAT. Ngày bắt đầu áp dụng là 1 tháng 1 năm 2026. California đã thông qua luật này. Việc luật này có thể được thi hành đối với nhân viên công lực liên bang hay không đang được tranh chấp tại tòa: Bộ Tư pháp Hoa Kỳ đã kiện California vào tháng 11 năm 2025.
law-sb627-does-not = Đừng trông chờ nhân viên công lực liên bang sẽ tuân theo luật này. Chính phủ Hoa Kỳ nói họ sẽ không tuân thủ, và các công tố viên liên bang đã nói luật này không ảnh hưởng gì đến công việc của họ. Cho đến khi tòa án quyết định, vấn đề này vẫn chưa ngã ngũ.

law-sb805-name = Đạo luật Chống Người Tự ý Thi hành Luật (No Vigilantes Act, SB 805)
law-sb805-summary = Luật này nói rằng nhân viên công lực không mặc đồng phục phải để lộ tên hoặc số phù hiệu mà mọi người có thể nhìn thấy. Người làm nghề bảo lãnh tại ngoại (bail agents) không được tham gia vào việc thi hành luật di trú. California đã thông qua luật này. Việc luật này có thể được thi hành đối với nhân viên công lực liên bang hay không đang được tranh chấp tại tòa: Bộ Tư pháp Hoa Kỳ đã kiện California vào tháng 11 năm 2025.
law-sb805-does-not = Đừng trông chờ nhân viên công lực liên bang sẽ tuân theo luật này. Chính phủ Hoa Kỳ nói họ sẽ không tuân thủ, và các công tố viên liên bang đã nói luật này không ảnh hưởng gì đến công việc của họ. Cho đến khi tòa án quyết định, vấn đề này vẫn chưa ngã ngũ.
