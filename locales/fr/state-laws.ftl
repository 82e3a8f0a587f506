# Lois d'autres États sur la coopération avec l'application des lois sur l'immigration (content/state-laws.toml) :
# le nom habituel de chaque loi et ce qu'elle signifie pour une personne.

law-il-trust-act-name = Illinois TRUST Act
law-il-trust-act-summary = En Illinois, la police ne peut pas vous garder en prison seulement parce que l'ICE a envoyé une demande de maintien en détention ou un mandat d'immigration qu'aucun juge n'a signé. Elle ne peut pas non plus vous contrôler, vous retenir ou vous arrêter à cause de votre statut d'immigration. La loi ne l'empêche pas de partager des informations avec les agences fédérales, et elle a été élargie en 2021 par le Way Forward Act.

law-il-way-forward-act-name = Illinois Way Forward Act (SB 667)
law-il-way-forward-act-summary = Cette loi de 2021 a élargi l'Illinois TRUST Act et a obligé les collectivités locales à mettre fin, au plus tard le 1er janvier 2022, à leurs contrats pour garder des personnes en détention de l'immigration. Le US Justice Department (ministère de la Justice des États-Unis) a porté plainte contre l'Illinois au sujet de ses lois sanctuaires, et cette affaire a été rejetée en juillet 2025.

law-ny-protect-our-courts-act-name = New York Protect Our Courts Act
law-ny-protect-our-courts-act-summary = L'ICE et les autres agents ne peuvent pas faire une arrestation civile contre vous quand vous allez à un tribunal de l'État de New York, pendant que vous y êtes, ou quand vous en partez, sauf s'ils ont un mandat d'un juge ou une ordonnance d'un tribunal. Aucune loi de l'État de New York sur les demandes de maintien de l'ICE dans les prisons n'a été trouvée.

law-nj-immigrant-trust-directive-name = New Jersey Immigrant Trust Directive
law-nj-immigrant-trust-directive-summary = C'est un ordre de l'Attorney General du New Jersey (procureur général de l'État) à la police, pas une loi votée par le parlement de l'État, et une cour d'appel fédérale l'a déclaré valable en 2021. La police ne peut pas vous contrôler, vous interroger ou vous retenir simplement à cause de votre statut d'immigration, et après une arrestation pour une infraction mineure, une prison ne peut en général pas vous garder pour l'ICE ni dire à l'ICE quand vous êtes libéré. Vous devez être informé de toute demande de l'ICE vous concernant, et l'ICE ne peut vous interroger qu'après qu'on vous a dit que vous pouvez avoir un avocat et que vous avez accepté par écrit.

law-wa-keep-washington-working-act-name = Keep Washington Working Act
law-wa-keep-washington-working-act-summary = Dans l'État de Washington, la police ne peut en général pas vous interroger sur votre statut d'immigration ou votre lieu de naissance, vous retenir pour vérifier votre statut, ni vous garder sur la base d'un mandat d'immigration civil. Elle ne peut pas donner à l'ICE ou au CBP (Customs and Border Protection, douanes et protection des frontières) vos informations personnelles privées, ni laisser l'ICE vous interroger pendant que vous êtes gardé sans garanties. La loi interdit aussi les accords 287(g) (qui permettent à la police locale d'agir pour l'ICE) et les contrats de location de places de prison à l'ICE.

law-wa-courts-open-to-all-act-name = Washington Courts Open to All Act
law-wa-courts-open-to-all-act-summary = Personne ne peut faire une arrestation d'immigration civile contre vous pendant que vous allez à un tribunal de l'État de Washington, sauf avec un mandat d'un juge. Les juges, le personnel des tribunaux et les procureurs ne peuvent en général pas vous interroger sur votre statut d'immigration ni le transmettre aux autorités de l'immigration. Le numéro du projet de loi et l'année de son adoption n'ont pas été trouvés.

law-or-sanctuary-law-1987-name = Loi sanctuaire de l'Oregon de 1987
law-or-sanctuary-law-1987-summary = Les agences de l'État et les agences locales de l'Oregon ne peuvent pas utiliser leurs ressources pour trouver ou arrêter des personnes dont la seule infraction est d'être aux États-Unis en violation de la loi fédérale sur l'immigration. Les électeurs ont maintenu cette loi en 2018 en rejetant la Measure 105, qui l'aurait abrogée.

law-or-sanctuary-promise-act-name = Oregon Sanctuary Promise Act
law-or-sanctuary-promise-act-summary = Les organismes publics de l'Oregon ne peuvent pas utiliser leurs bâtiments, leur argent, leur personnel ou leurs dossiers pour aider à appliquer les lois sur l'immigration, par exemple en donnant votre date de libération, votre adresse ou les heures de vos rendez-vous de suivi judiciaire. Ils doivent refuser les demandes fédérales d'immigration, sauf si un juge a signé une citation (subpoena), et signaler ces demandes à l'État. Si vous êtes arrêté, on doit vous dire que vous pouvez refuser de dire votre statut d'immigration ; les violations peuvent être signalées à une ligne d'assistance ou à un site web de l'État, et les organismes peuvent être poursuivis en justice.

law-co-hb19-1124-name = Protect Colorado Residents From Federal Government Overreach Act (HB19-1124)
law-co-hb19-1124-summary = Au Colorado, les agents ne peuvent pas vous arrêter ou vous garder en prison seulement à cause d'une demande de maintien en détention civile de l'ICE (detainer), mais ils peuvent agir sur un mandat signé par un juge fédéral, et le personnel de probation ne peut pas donner vos informations personnelles à l'ICE. Avant un entretien de l'ICE par téléphone ou par vidéo en prison, on doit vous dire que vous pouvez refuser, garder le silence et parler d'abord à un avocat, et que ce que vous dites peut être utilisé devant le tribunal de l'immigration.

law-co-hb23-1100-name = Colorado HB23-1100 (accords de détention de l'immigration)
law-co-hb23-1100-summary = D'après son titre, cette loi limite les accords de l'État du Colorado et des collectivités locales pour garder des personnes en détention de l'immigration. Ce qu'elle fait d'autre n'a pas été vérifié.

law-ma-lunn-v-commonwealth-name = Lunn v. Commonwealth (décision d'un tribunal du Massachusetts)
law-ma-lunn-v-commonwealth-summary = C'est une décision de 2017 de la plus haute cour du Massachusetts, pas une loi votée par le parlement de l'État. Elle dit que les agents du Massachusetts n'ont aucun pouvoir, selon la loi de l'État, de vous arrêter ou de vous garder seulement parce que l'ICE a envoyé une demande de maintien en détention civile. Le Department of Correction de l'État (administration pénitentiaire) avait encore un accord 287(g) avec l'ICE en 2025.

law-vt-s79-name = Vermont S.79 (2017)
law-vt-s79-summary = Cette loi limite la participation des agences de l'État et des agences locales du Vermont à l'application fédérale des lois sur l'immigration ; selon la presse, elle ne fait pas du Vermont un État sanctuaire. Ce qu'elle fait d'autre n'a pas été vérifié.

law-md-dignity-not-detention-act-name = Maryland Dignity Not Detention Act (« la dignité, pas la détention »)
law-md-dignity-not-detention-act-summary = Cette loi a mis fin aux contrats des prisons de comté du Maryland pour garder des personnes pour l'ICE, et les contrats qui existaient devaient prendre fin au plus tard le 1er octobre 2022. Les législateurs l'ont adoptée malgré le veto du gouverneur en décembre 2021.

law-md-287g-ban-name = Interdiction des accords 287(g) au Maryland
law-md-287g-ban-summary = Signée en février 2026, cette loi interdit au Maryland les accords 287(g) officiels avec l'ICE (qui permettent à la police locale d'agir pour l'ICE). Les sources ne concordent pas : l'interdiction s'est appliquée tout de suite, ou à partir de juillet 2026.

law-de-287g-ban-name = Interdiction des accords 287(g) au Delaware (HB 182)
law-de-287g-ban-summary = Cette loi de 2025 interdit au Delaware les accords 287(g) avec l'ICE. Les accords qui existaient déjà devaient prendre fin au plus tard le 13 août 2025.

law-nm-immigrant-safety-act-name = New Mexico Immigrant Safety Act
law-nm-immigrant-safety-act-summary = Au Nouveau-Mexique, les organismes publics ne peuvent pas conclure d'accords pour garder des personnes pour des infractions civiles à l'immigration, ni utiliser, vendre ou louer des terrains publics dans ce but, et les accords 287(g) sont interdits ; les accords existants doivent prendre fin. L'Attorney General (procureur général de l'État) ou un district attorney (procureur) peut aller au tribunal pour faire cesser une violation, mais la loi ne donne droit à aucuns dommages et intérêts.

law-me-ld-1971-name = Maine LD 1971
law-me-ld-1971-summary = Dans le Maine, la police ne peut pas enquêter sur vous, vous contrôler, vous retenir ou vous arrêter pour appliquer les lois civiles sur l'immigration, ni vous garder sur une demande de maintien de l'ICE, ni donner des informations privées comme votre date de libération ou votre adresse. Si vous êtes gardé, on doit vous dire vos droits avant un entretien avec l'ICE, mais la police continue de respecter les mandats pénaux et les ordonnances des tribunaux. La loi a été promulguée en janvier 2026 sans la signature du gouverneur et devait entrer en vigueur vers la mi-juillet 2026 ; la State Police (police d'État) a commencé à suivre ses règles en décembre 2025.

law-ri-detainer-policy-2014-name = Politique du Rhode Island sur les demandes de maintien en détention (2014)
law-ri-detainer-policy-2014-summary = C'était une politique du gouverneur, pas une loi votée par le parlement de l'État. En juillet 2014, le Department of Corrections (administration pénitentiaire) a dit qu'il ne donnerait pas suite aux demandes de maintien de l'ICE sans mandat. Une politique d'août 2014 pour tous les services de l'État a limité ce refus : ils donnent suite aux demandes de maintien qui sont accompagnées d'une décision d'expulsion ou d'éloignement prise par un juge. On n'a pas trouvé si cette politique s'applique encore aujourd'hui.

law-tx-sb4-2017-name = Texas SB 4 (2017) : interdiction des politiques sanctuaires
law-tx-sb4-2017-summary = Au Texas, les villes et les comtés ne peuvent pas adopter de politiques qui limitent l'application des lois sur l'immigration, les prisons locales doivent donner suite aux demandes de maintien de l'ICE, et les responsables qui ne s'y conforment pas peuvent être sanctionnés. Une cour d'appel fédérale a laissé presque toute la loi en place en 2018 ; elle a seulement annulé la partie qui interdisait aux responsables de parler en faveur des politiques sanctuaires.

law-tx-sb4-2023-name = Texas SB 4 (2023) : crime d'entrée illégale selon la loi de l'État
law-tx-sb4-2023-summary = Cette loi fait un crime, selon la loi du Texas, d'entrer depuis un autre pays ailleurs que par un point d'entrée officiel, et d'entrer de nouveau après une expulsion, et elle permet aux juges de l'État d'ordonner aux personnes de retourner dans le pays d'où elles sont venues. Un tribunal l'a bloquée en février 2024, et un groupe de juges d'une cour d'appel l'a maintenue bloquée en juillet 2025. Selon des rapports plus récents, la cour d'appel au complet a ensuite levé le blocage parce que les plaignants n'avaient pas qualité pour agir, ce qui permettrait au Texas de l'appliquer, mais ce n'est pas confirmé.

law-tx-sb8-2025-name = Texas SB 8 (2025)
law-tx-sb8-2025-summary = Certains shérifs de comté du Texas qui gèrent des prisons doivent chercher à conclure des accords 287(g) avec l'ICE. L'Attorney General (procureur général du Texas) peut porter plainte pour faire appliquer cette règle à partir du 1er décembre 2026.

law-fl-sb168-name = Loi anti-sanctuaire de Floride (SB 168)
law-fl-sb168-summary = La Floride interdit les politiques sanctuaires : les agences de l'État et les agences locales doivent faire de leur mieux pour soutenir l'application fédérale des lois sur l'immigration, on ne peut pas les empêcher de partager des informations sur l'immigration avec les agences fédérales, et les prisons doivent donner suite aux demandes de maintien de l'ICE accompagnées des papiers requis. Ses dispositions d'application sont entrées en vigueur le 1er octobre 2019. Un tribunal a laissé la plus grande partie de la loi en place en 2019, et une décision de 2020 a donné partiellement raison aux plaignants ; ce que cette décision a changé et l'issue d'un éventuel appel n'ont pas été vérifiés.

law-fl-sb1718-name = Florida SB 1718 (loi de 2023)
law-fl-sb1718-summary = Entre autres choses, la Floride considère comme non valables les permis de conduire que d'autres États délivrent aux personnes sans papiers, y compris le permis de conduire seulement (drive-only license) du Connecticut, et conduire en Floride avec un tel permis est un crime. La loi a aussi fait un crime le fait d'amener des personnes sans papiers en Floride, mais un tribunal a bloqué cette partie en mai 2024 ; le reste est en vigueur.

law-ga-hb1105-name = Georgia Criminal Alien Track and Report Act of 2024 (HB 1105)
law-ga-hb1105-summary = En Géorgie, les prisons doivent vérifier le statut d'immigration des personnes auprès de l'ICE, donner suite aux demandes de maintien de l'ICE, demander chaque année des accords de type 287(g) et publier des rapports sur les demandes de maintien tous les trois mois. Les responsables qui enfreignent les règles anti-sanctuaire commettent un délit mineur (misdemeanor), et leurs collectivités locales perdent de l'argent de l'État. La plus grande partie de la loi est entrée en vigueur à sa signature en mai 2024, même si les sources ne concordent pas sur la date ; un projet de loi de 2025, SB 21, qui retirerait l'immunité des collectivités locales pour les violations en matière de sanctuaire, était en attente, et son issue n'a pas été trouvée.

law-tn-sb6002-name = Tennessee SB 6002 / HB 6001 (session extraordinaire de 2025)
law-tn-sb6002-summary = Les législateurs du Tennessee ont adopté ce projet de loi en janvier 2025. Il fait un crime (felony) le fait, pour des responsables locaux, de voter pour des politiques sanctuaires, et il crée une division de l'État chargée de l'application des lois sur l'immigration, dirigée par un responsable en chef de l'application des lois sur l'immigration. On n'a pas confirmé si le gouverneur l'a signé et s'il est devenu loi.

law-ia-sf481-name = Loi anti-sanctuaire de l'Iowa (SF 481)
law-ia-sf481-summary = En Iowa, les collectivités locales doivent donner suite aux demandes de maintien de l'ICE et ne peuvent pas limiter l'application des lois sur l'immigration, sinon elles perdent des fonds de l'État.

law-nh-anti-sanctuary-bill-2025-name = New Hampshire Anti-Sanctuary City Act (projet de loi de 2025)
law-nh-anti-sanctuary-bill-2025-summary = Ce projet de loi de 2025 interdirait les politiques locales qui font obstacle à la loi fédérale sur l'immigration, et permettrait des maintiens en détention de 48 heures, sans compter les week-ends et les jours fériés, après la fin des poursuites de l'État contre une personne. Les refus de donner suite aux demandes de maintien de l'ICE devraient être signalés à l'Attorney General (procureur général de l'État). Le résumé du projet de loi parle aussi d'amendes allant jusqu'à 25 % des fonds de l'État, sans en dire plus. Il donne le 1er janvier 2026 comme date de début, mais on n'a pas confirmé si le projet est devenu loi.

law-az-sb1070-name = Arizona SB 1070 (loi de 2010)
law-az-sb1070-summary = En 2012, la US Supreme Court (Cour suprême des États-Unis) a annulé trois parties de cette loi parce qu'elles étaient contraires à la loi fédérale. La partie qui permet à la police de l'Arizona de vérifier le statut d'immigration d'une personne pendant un contrôle légal a pu entrer en vigueur.
