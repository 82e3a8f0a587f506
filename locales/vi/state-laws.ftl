# Luật của các tiểu bang khác về việc hợp tác với việc thi hành luật di trú (content/state-laws.toml):
# tên thường gọi của mỗi luật và ý nghĩa của luật đó đối với một người.

law-il-trust-act-name = Đạo luật TRUST của Illinois (Illinois TRUST Act)
law-il-trust-act-summary = Cảnh sát Illinois không được giữ quý vị trong nhà giam chỉ vì Sở Di trú và Hải quan (ICE) đã gửi yêu cầu tạm giữ (hold) hoặc một lệnh di trú không có chữ ký của thẩm phán nào. Họ cũng không được chặn, giữ hoặc bắt quý vị vì tình trạng di trú của quý vị. Luật này không ngăn họ chia sẻ thông tin với các cơ quan liên bang, và luật đã được mở rộng vào năm 2021 bằng Đạo luật Way Forward (Way Forward Act).

law-il-way-forward-act-name = Đạo luật Way Forward của Illinois (Illinois Way Forward Act, SB 667)
law-il-way-forward-act-summary = Luật năm 2021 này đã mở rộng Đạo luật TRUST của Illinois và buộc các chính quyền địa phương chấm dứt các hợp đồng giam giữ người trong trại giam di trú chậm nhất là ngày 1 tháng 1 năm 2022. Bộ Tư pháp Hoa Kỳ đã kiện Illinois về các luật trú ẩn (sanctuary) của tiểu bang này, và vụ kiện đó đã bị bác vào tháng 7 năm 2025.

law-ny-protect-our-courts-act-name = Đạo luật Bảo vệ Tòa án của New York (New York Protect Our Courts Act)
law-ny-protect-our-courts-act-summary = Sở Di trú và Hải quan (ICE) và các nhân viên công lực khác không được bắt quý vị vì lý do dân sự khi quý vị đang trên đường đến một tòa án ở New York, khi quý vị đang ở đó, hoặc khi quý vị rời đi, trừ khi họ có lệnh do thẩm phán ký hoặc án lệnh của tòa án. Không tìm thấy luật nào của New York áp dụng trên toàn tiểu bang về việc nhà giam tạm giữ người cho ICE.

law-nj-immigrant-trust-directive-name = Chỉ thị Tin cậy Di dân của New Jersey (New Jersey Immigrant Trust Directive)
law-nj-immigrant-trust-directive-summary = Đây là một chỉ thị của Bộ trưởng Tư pháp tiểu bang (Attorney General) New Jersey gửi cho cảnh sát, không phải một luật do cơ quan lập pháp tiểu bang thông qua, và một tòa phúc thẩm liên bang đã giữ nguyên chỉ thị này vào năm 2021. Cảnh sát không được chặn, tra hỏi hoặc giữ quý vị chỉ vì tình trạng di trú của quý vị, và sau khi quý vị bị bắt vì một vi phạm nhẹ, nhà giam nói chung không được giữ quý vị cho Sở Di trú và Hải quan (ICE) hoặc báo cho ICE biết khi nào quý vị được thả. Quý vị phải được báo về mọi yêu cầu của ICE liên quan đến quý vị, và ICE chỉ được phỏng vấn quý vị sau khi quý vị được báo rằng quý vị có thể có luật sư và quý vị đồng ý bằng văn bản.

law-wa-keep-washington-working-act-name = Đạo luật Giữ cho Washington Làm việc (Keep Washington Working Act)
law-wa-keep-washington-working-act-summary = Cảnh sát Washington nói chung không được hỏi về tình trạng di trú hay nơi sinh của quý vị, không được giữ quý vị để kiểm tra tình trạng di trú, và không được giữ quý vị theo một lệnh di trú dân sự. Họ không được cung cấp thông tin cá nhân riêng tư của quý vị cho Sở Di trú và Hải quan (ICE) hoặc Cơ quan Hải quan và Bảo vệ Biên giới (CBP), hay để ICE phỏng vấn quý vị khi quý vị đang bị giam giữ mà không có các biện pháp bảo vệ. Luật này cũng cấm các thỏa thuận 287(g) và các hợp đồng cho ICE thuê giường trong nhà giam.

law-wa-courts-open-to-all-act-name = Đạo luật Tòa án Mở cửa cho Mọi người của Washington (Washington Courts Open to All Act)
law-wa-courts-open-to-all-act-summary = Không ai được bắt quý vị vì lý do di trú dân sự khi quý vị đến một tòa án ở Washington, trừ khi họ có lệnh do thẩm phán ký. Thẩm phán, nhân viên tòa án và công tố viên nói chung không được hỏi về tình trạng di trú của quý vị hoặc chuyển thông tin đó cho cơ quan di trú. Không tìm thấy số hiệu dự luật và năm luật được thông qua.

law-or-sanctuary-law-1987-name = Luật trú ẩn năm 1987 của Oregon (Oregon's 1987 sanctuary law)
law-or-sanctuary-law-1987-summary = Các cơ quan tiểu bang và địa phương của Oregon không được dùng nguồn lực của mình để tìm hoặc bắt những người mà vi phạm duy nhất là đang ở Hoa Kỳ trái với luật di trú liên bang. Năm 2018, cử tri đã giữ lại luật này bằng cách bác bỏ Đề xuất 105 (Measure 105), là đề xuất lẽ ra sẽ bãi bỏ luật này.

law-or-sanctuary-promise-act-name = Đạo luật Lời hứa Trú ẩn của Oregon (Oregon Sanctuary Promise Act)
law-or-sanctuary-promise-act-summary = Các cơ quan công của Oregon không được dùng tòa nhà, tiền bạc, nhân lực hoặc hồ sơ của mình để giúp thi hành luật di trú, ví dụ như cung cấp ngày được thả, địa chỉ của quý vị hoặc giờ các buổi hẹn trình diện giám sát (supervision) của quý vị. Họ phải từ chối các yêu cầu của liên bang về di trú, trừ khi có trát đòi hầu tòa (subpoena) do thẩm phán ký, và phải báo cáo các yêu cầu đó cho tiểu bang. Nếu quý vị bị bắt, quý vị phải được báo rằng quý vị có thể từ chối nói ra tình trạng di trú của mình; các vi phạm có thể được báo qua một đường dây nóng hoặc trang mạng của tiểu bang, và các cơ quan có thể bị kiện.

law-co-hb19-1124-name = Đạo luật Bảo vệ Cư dân Colorado khỏi Sự Lạm quyền của Chính phủ Liên bang (Protect Colorado Residents From Federal Government Overreach Act, HB19-1124)
law-co-hb19-1124-summary = Nhân viên công lực Colorado không được bắt quý vị hoặc giữ quý vị trong nhà giam chỉ vì một yêu cầu tạm giữ dân sự (civil detainer) của Sở Di trú và Hải quan (ICE), dù họ có thể hành động theo lệnh do thẩm phán liên bang ký, và nhân viên quản chế không được cung cấp thông tin cá nhân của quý vị cho ICE. Trước một cuộc phỏng vấn của ICE qua điện thoại hoặc video trong nhà giam, quý vị phải được báo rằng quý vị có thể từ chối, giữ im lặng và nói chuyện với luật sư trước, và những gì quý vị nói có thể được dùng tại tòa di trú.

law-co-hb23-1100-name = Colorado HB23-1100 (các thỏa thuận giam giữ di trú)
law-co-hb23-1100-summary = Dựa theo tên gọi, luật này giới hạn các thỏa thuận của chính quyền tiểu bang và địa phương Colorado về việc giam giữ người trong trại giam di trú. Những gì khác mà luật này làm thì chưa được kiểm tra.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth (phán quyết của tòa án Massachusetts)
law-ma-lunn-v-commonwealth-summary = Đây là một phán quyết năm 2017 của tòa án cao nhất tiểu bang Massachusetts, không phải một luật do cơ quan lập pháp tiểu bang thông qua. Phán quyết nói rằng theo luật tiểu bang, nhân viên công lực Massachusetts không có quyền bắt quý vị hoặc giữ quý vị chỉ vì Sở Di trú và Hải quan (ICE) đã gửi một yêu cầu tạm giữ dân sự (civil detainer). Năm 2025, Sở Cải huấn (Department of Correction) của tiểu bang vẫn còn một thỏa thuận 287(g) với ICE.

law-vt-s79-name = Vermont S.79 (năm 2017)
law-vt-s79-summary = Luật này giới hạn mức độ mà các cơ quan tiểu bang và địa phương của Vermont tham gia vào việc thi hành luật di trú liên bang; báo chí nói rằng luật này không biến Vermont thành một tiểu bang trú ẩn (sanctuary state). Những gì khác mà luật này làm thì chưa được kiểm tra.

law-md-dignity-not-detention-act-name = Đạo luật Nhân phẩm, Không Giam giữ của Maryland (Maryland Dignity Not Detention Act)
law-md-dignity-not-detention-act-summary = Luật này đã chấm dứt các hợp đồng cho các nhà giam quận ở Maryland giam giữ người cho Sở Di trú và Hải quan (ICE), và các hợp đồng đang có phải chấm dứt chậm nhất là ngày 1 tháng 10 năm 2022. Vào tháng 12 năm 2021, các nhà lập pháp đã vượt qua sự phủ quyết của Thống đốc để thông qua luật này.

law-md-287g-ban-name = Luật cấm 287(g) của Maryland (Maryland 287(g) ban)
law-md-287g-ban-summary = Được ký vào tháng 2 năm 2026, luật này cấm các thỏa thuận 287(g) chính thức với Sở Di trú và Hải quan (ICE) ở Maryland. Các nguồn không thống nhất về việc cấm này áp dụng ngay lập tức hay từ tháng 7 năm 2026.

law-de-287g-ban-name = Luật cấm 287(g) của Delaware (HB 182)
law-de-287g-ban-summary = Luật năm 2025 này cấm các thỏa thuận 287(g) với Sở Di trú và Hải quan (ICE) ở Delaware. Các thỏa thuận đã có phải chấm dứt chậm nhất là ngày 13 tháng 8 năm 2025.

law-nm-immigrant-safety-act-name = Đạo luật An toàn cho Di dân của New Mexico (New Mexico Immigrant Safety Act)
law-nm-immigrant-safety-act-summary = Các cơ quan công của New Mexico không được lập thỏa thuận để giam giữ người vì vi phạm di trú dân sự, hay dùng, bán hoặc cho thuê đất công cho việc đó, và các thỏa thuận 287(g) bị cấm; các thỏa thuận đang có phải chấm dứt. Bộ trưởng Tư pháp tiểu bang (Attorney General) hoặc một biện lý quận (district attorney) có thể ra tòa để ngăn chặn vi phạm, nhưng luật này không cho bồi thường bằng tiền.

law-me-ld-1971-name = Maine LD 1971
law-me-ld-1971-summary = Cảnh sát Maine không được điều tra, chặn, giữ hoặc bắt quý vị để thi hành luật di trú dân sự, không được giữ quý vị theo yêu cầu tạm giữ (detainer) của Sở Di trú và Hải quan (ICE), và không được cung cấp các thông tin riêng tư như ngày được thả hay địa chỉ của quý vị. Nếu quý vị đang bị giam giữ, quý vị phải được báo về các quyền của mình trước một cuộc phỏng vấn của ICE, nhưng cảnh sát vẫn làm theo các lệnh hình sự và án lệnh của tòa án. Dự luật này trở thành luật vào tháng 1 năm 2026 mà không có chữ ký của Thống đốc và dự kiến có hiệu lực vào khoảng giữa tháng 7 năm 2026; Cảnh sát Tiểu bang (State Police) đã bắt đầu làm theo các quy định của luật này từ tháng 12 năm 2025.

law-ri-detainer-policy-2014-name = Chính sách về yêu cầu tạm giữ của Rhode Island (năm 2014)
law-ri-detainer-policy-2014-summary = Đây là một chính sách của Thống đốc, không phải một luật do cơ quan lập pháp tiểu bang thông qua. Vào tháng 7 năm 2014, Sở Cải huấn (Department of Corrections) nói sẽ không tuân theo các yêu cầu tạm giữ (detainer) của Sở Di trú và Hải quan (ICE) khi không có lệnh. Một chính sách tháng 8 năm 2014 áp dụng cho mọi cơ quan tiểu bang đã thu hẹp điều đó lại: các cơ quan này tuân theo những yêu cầu tạm giữ có kèm theo quyết định trục xuất (deportation or removal order) của thẩm phán. Không tìm thấy thông tin về việc chính sách này hiện nay có còn áp dụng hay không.

law-tx-sb4-2017-name = Texas SB 4 (năm 2017): cấm các chính sách trú ẩn
law-tx-sb4-2017-summary = Các thành phố và quận ở Texas không được áp dụng chính sách giới hạn việc thi hành luật di trú, nhà giam địa phương phải tuân theo các yêu cầu tạm giữ của Sở Di trú và Hải quan (ICE), và giới chức nào không tuân thủ có thể bị trừng phạt. Năm 2018, một tòa phúc thẩm liên bang đã để gần như toàn bộ luật này có hiệu lực; tòa chỉ hủy bỏ phần cấm giới chức lên tiếng ủng hộ các chính sách trú ẩn.

law-tx-sb4-2023-name = Texas SB 4 (năm 2023): tội nhập cảnh bất hợp pháp theo luật tiểu bang
law-tx-sb4-2023-summary = Luật này biến việc nhập cảnh từ một nước khác ở bất kỳ nơi nào không phải cửa khẩu, và việc nhập cảnh lại sau khi đã bị trục xuất, thành tội theo luật Texas, và cho phép thẩm phán tiểu bang ra án lệnh buộc người đó trở về nước mà họ đã đến từ đó. Một tòa án đã chặn luật này vào tháng 2 năm 2024, và một hội đồng thẩm phán phúc thẩm tiếp tục chặn luật này vào tháng 7 năm 2025. Các báo cáo sau này nói rằng sau đó toàn thể tòa phúc thẩm đã bỏ việc chặn vì những người khởi kiện không có tư cách khởi kiện (standing), điều này sẽ cho phép Texas thi hành luật, nhưng điều này chưa được xác nhận.

law-tx-sb8-2025-name = Texas SB 8 (năm 2025)
law-tx-sb8-2025-summary = Một số cảnh sát trưởng quận (sheriff) ở Texas có điều hành nhà giam phải tìm cách ký thỏa thuận 287(g) với Sở Di trú và Hải quan (ICE). Bộ trưởng Tư pháp tiểu bang (Attorney General) có thể kiện để buộc thi hành điều này bắt đầu từ ngày 1 tháng 12 năm 2026.

law-fl-sb168-name = Luật chống trú ẩn của Florida (SB 168)
law-fl-sb168-summary = Florida cấm các chính sách trú ẩn: các cơ quan tiểu bang và địa phương phải cố gắng hết sức để hỗ trợ việc thi hành luật di trú liên bang, không được bị ngăn cản chia sẻ thông tin di trú với các cơ quan liên bang, và nhà giam phải tuân theo các yêu cầu tạm giữ của Sở Di trú và Hải quan (ICE) có kèm theo giấy tờ đúng quy định. Các phần về thi hành của luật này có hiệu lực từ ngày 1 tháng 10 năm 2019. Năm 2019, một tòa án đã để phần lớn luật này có hiệu lực, và một phán quyết năm 2020 đã đứng về phía những người khởi kiện ở một số điểm; phán quyết đó đã thay đổi những gì, và các vụ kháng cáo (nếu có) đã kết thúc ra sao, thì chưa được kiểm tra.

law-fl-sb1718-name = Florida SB 1718 (năm 2023)
law-fl-sb1718-summary = Trong số các quy định khác, Florida xem bằng lái xe mà các tiểu bang khác cấp cho người không có giấy tờ hợp lệ, kể cả bằng lái chỉ để lái xe (drive-only license) của Connecticut, là không có giá trị, và lái xe ở Florida với loại bằng đó là phạm tội. Luật này cũng biến việc đưa người không có giấy tờ hợp lệ vào Florida thành tội, nhưng một tòa án đã chặn phần đó vào tháng 5 năm 2024; phần còn lại đang có hiệu lực.

law-ga-hb1105-name = Đạo luật Theo dõi và Báo cáo Người Nước ngoài Phạm tội năm 2024 của Georgia (Georgia Criminal Alien Track and Report Act of 2024, HB 1105)
law-ga-hb1105-summary = Các nhà giam ở Georgia phải kiểm tra tình trạng di trú của người bị giam với Sở Di trú và Hải quan (ICE), tuân theo các yêu cầu tạm giữ của ICE, mỗi năm phải xin ký các thỏa thuận kiểu 287(g), và công bố báo cáo về các yêu cầu tạm giữ mỗi ba tháng. Giới chức nào vi phạm các quy định chống trú ẩn là phạm tội nhẹ (misdemeanor), và chính quyền địa phương của họ sẽ mất tiền của tiểu bang. Phần lớn luật này có hiệu lực khi được ký vào tháng 5 năm 2024, dù các nguồn không thống nhất về ngày; một dự luật năm 2025, SB 21, nhằm bỏ quyền miễn trừ của chính quyền địa phương đối với các vi phạm về trú ẩn, khi đó vẫn đang chờ xét, và không tìm thấy kết quả của dự luật này.

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001 (kỳ họp đặc biệt năm 2025)
law-tn-sb6002-summary = Các nhà lập pháp Tennessee đã thông qua dự luật này vào tháng 1 năm 2025. Dự luật biến việc giới chức địa phương bỏ phiếu ủng hộ chính sách trú ẩn thành một trọng tội, và lập ra một bộ phận thi hành luật di trú của tiểu bang do một giám đốc thi hành luật di trú (chief immigration enforcement officer) đứng đầu. Việc Thống đốc có ký và dự luật có trở thành luật hay không thì chưa được xác nhận.

law-ia-sf481-name = Luật chống trú ẩn của Iowa (SF 481)
law-ia-sf481-summary = Các chính quyền địa phương ở Iowa phải tuân theo các yêu cầu tạm giữ của Sở Di trú và Hải quan (ICE) và không được giới hạn việc thi hành luật di trú; nếu không, họ sẽ mất tiền của tiểu bang.

law-nh-anti-sanctuary-bill-2025-name = Đạo luật Chống Thành phố Trú ẩn của New Hampshire (New Hampshire Anti-Sanctuary City Act, dự luật năm 2025)
law-nh-anti-sanctuary-bill-2025-summary = Dự luật năm 2025 này sẽ cấm các chính sách địa phương cản trở luật di trú liên bang, và sẽ cho phép tạm giữ 48 giờ, không tính cuối tuần và ngày lễ, sau khi các cáo buộc của tiểu bang đối với một người đã kết thúc. Những lần từ chối tuân theo yêu cầu tạm giữ của Sở Di trú và Hải quan (ICE) sẽ phải được báo cáo cho Bộ trưởng Tư pháp tiểu bang (Attorney General). Bản tóm tắt dự luật cũng có nói đến mức phạt lên đến 25 phần trăm tiền của tiểu bang, nhưng không nói rõ thêm. Bản tóm tắt ghi ngày 1 tháng 1 năm 2026 là ngày bắt đầu, nhưng việc dự luật có trở thành luật hay không thì chưa được xác nhận.

law-az-sb1070-name = Arizona SB 1070 (năm 2010)
law-az-sb1070-summary = Năm 2012, Tối cao Pháp viện Hoa Kỳ đã hủy bỏ ba phần của luật này vì mâu thuẫn với luật liên bang. Phần cho phép cảnh sát Arizona kiểm tra tình trạng di trú của một người trong một lần chặn hợp pháp đã được phép có hiệu lực.
