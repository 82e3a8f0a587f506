# Ghi chú hiển thị cùng một tổ chức (content/states/*/organizations.toml `note`): tổ chức đó phục vụ
# ai, hoặc một giới hạn mà người gọi phải biết trước khi gọi. Từ shared/research/legal_aid_orgs.csv
# và states_and_connecticut.md. Không bao giờ ghi số điện thoại trong nội dung văn bản: các số là dữ liệu.

org-kind-fresno-note = Chỉ đại diện pháp lý cho trẻ em: trẻ em sống ở một trong các quận San Joaquin, Kern, Fresno, Kings, Tulare, Madera, Merced hoặc Stanislaus.
org-alameda-county-public-defender-immigration-note = Chỉ dành cho người sống ở Alameda County hoặc đã bị kết án ở đó.
org-clsepa-note = Chỉ dành cho người sống ở San Mateo County hoặc Santa Clara County. Đại diện pháp lý cho người lớn và người trẻ trong các vụ trục xuất. Nơi này không nhận cuộc gọi do người nhận trả tiền (collect call).
org-lilac-redwood-city-note = Không tiếp người đến mà không hẹn trước: hãy gọi để lấy hẹn. Việc tiếp nhận hồ sơ là từ Thứ Hai đến Thứ Bảy, 8 giờ sáng đến 6 giờ chiều.
org-sf-public-defender-immigration-note = Bào chữa cho những người đang bị giam giữ di trú, và ưu tiên những người đã từng sống hoặc làm việc ở San Francisco. Nơi này cũng giúp những người mà nơi này đang đại diện hoặc đã từng đại diện, khi những người đó không bị giam giữ.
org-asian-law-caucus-note = Tập trung vào những người đang bị giam giữ có vụ trục xuất liên quan đến tiền án. Nơi này không nhận các vụ xin tị nạn hay các cuộc phỏng vấn xin tị nạn, kể cả phỏng vấn về nỗi sợ có cơ sở (credible fear interview).
org-immdef-note = Dành cho những người có thu nhập thấp đang bị giam giữ. Người sống ở Los Angeles County được ưu tiên.
org-immdef-san-diego-note = Chỉ dành cho người có thu nhập thấp. Chỉ tiếp theo hẹn: không tiếp người đến mà không hẹn trước.
org-international-institute-los-angeles-note = Chỉ tiếp theo hẹn: không tiếp người đến mà không hẹn trước. Mở cửa từ Thứ Hai đến Thứ Sáu, 8 giờ 30 sáng đến 5 giờ chiều.
org-kind-los-angeles-note = Chỉ nhận các vụ của trẻ em và người trẻ, kể cả trẻ em đã đến đây một mình. Chỉ tiếp theo hẹn: không tiếp người đến mà không hẹn trước.
org-human-rights-first-la-note = Tìm luật sư tình nguyện làm miễn phí cho những người xin tị nạn không có khả năng trả tiền. Không tiếp người đến mà không hẹn trước.
org-community-lawyers-compton-note = Chỉ tiếp theo hẹn: không tiếp người đến mà không hẹn trước.
org-refugee-support-network-note = Không tiếp người đến mà không hẹn trước: hãy gọi để lấy hẹn.
org-jfs-san-diego-note = Hãy để lại lời nhắn thoại bất cứ lúc nào, ngày hay đêm. Các cuộc gọi được gọi lại theo thứ tự đến trước.
org-sd-public-defender-irldp-note = Chỉ nhận các vụ bào chữa chống trục xuất.
org-la-maestra-note = Nhóm pháp lý của nơi này nhận các phiên điều trần về tiền thế chân di trú (bond hearing), các vụ của người đến từ Ukraine hoặc Afghanistan, và các vụ của nạn nhân buôn người và nạn nhân tội phạm (thị thực U, thị thực T, VAWA).
org-socal-immigration-project-note = Chỉ nhận các vụ xin tị nạn. Nơi này tập trung vào người đến từ các nước châu Phi và người LGBTQ đến từ bất kỳ nước nào. Nhân viên của nơi này không nói tiếng Tây Ban Nha.
org-catholic-charities-el-centro-note = Không tìm thấy số điện thoại hay địa chỉ đường phố của văn phòng này. Hãy thử liên lạc với văn phòng Catholic Charities ở San Diego để liên lạc được với văn phòng này.
org-imperial-valley-jfon-note = Tổ chức các buổi tư vấn pháp lý miễn phí tại nhà thờ First United Methodist Church ở El Centro. Không biết các buổi tư vấn này có còn diễn ra hay không.
org-ciri-bridgeport-note = Không nhận các vụ của người đang bị giam giữ. Việc đại diện pháp lý miễn phí có thể bị giới hạn bởi quy định của các khoản tài trợ và của chương trình.
org-ciri-hartford-note = Không nhận các vụ của người đang bị giam giữ.
org-ccif-hartford-note = Chỉ dành cho cư dân Hartford không có luật sư và đang bị Sở Di trú và Hải quan (ICE) giam giữ hoặc đang trong thủ tục trục xuất.
