# Notas sobre os centros de detenção do ICE na Califórnia (content/states/ca/detention.toml).
# Nunca coloque um número de telefone em uma mensagem: números são dados com fonte.

## Em funcionamento

facility-adelanto-note = Um centro de processamento do ICE em Adelanto, administrado pela empresa privada GEO Group. Está aberto. Um tribunal o impediu de receber pessoas novas em 2020, mas um acordo judicial de 2025 permitiu que ele voltasse a receber pessoas normalmente.
facility-desert-view-annex-note = Um prédio extra do Adelanto ICE Processing Center, em uma antiga prisão estadual, administrado pela GEO Group. Está aberto; uma queixa sobre ele foi apresentada em maio de 2024.
facility-otay-mesa-note = Um centro de detenção do ICE na área de Otay Mesa, em San Diego, administrado pela empresa privada CoreCivic. Está aberto e, em 2019, era o único centro de detenção do ICE no condado de San Diego. A página do ICE sobre ele mostra os horários de visita; os advogados podem visitar das 8h15 da manhã às 9h30 da noite.
facility-imperial-regional-note = Um centro de detenção do ICE a leste de Calexico, administrado pela empresa privada Management and Training Corporation (MTC). Está aberto. Ele substituiu o El Centro Service Processing Center, que fechou em 2014.
facility-mesa-verde-note = Um centro de processamento do ICE na Golden State Avenue, em Bakersfield, administrado pela GEO Group; está aberto. As pessoas detidas aqui não podem receber ligações de fora, mas o ICE oferece um ramal para deixar um recado urgente. Para ter informações sobre alguém detido aqui, ligue e escolha a opção dois, entre as oito da manhã e as três e meia da tarde.
facility-golden-state-annex-note = Um prédio extra do centro Mesa Verde de Bakersfield, em uma antiga prisão em McFarland, administrado pela GEO Group. Ele mantém pessoas detidas para o ICE desde setembro de 2020 e está aberto.
facility-california-city-note = O maior centro de detenção do ICE na Califórnia, em uma antiga prisão estadual, administrado pela empresa privada CoreCivic. Começou a receber pessoas para o ICE no fim de agosto de 2025, com um contrato que vai até agosto de 2027. Listas mais antigas podem chamar este local de California City Correctional Center.

## Situação não clara

facility-central-valley-annex-note = Uma antiga prisão em McFarland, administrada pela GEO Group, que em 2020 estava planejada como um prédio extra do ICE. Não sabemos se alguém está detido lá para o ICE agora: uma reportagem de 2025 menciona um local sob contrato, mas não usado pelo ICE, e pode ser este.

## Não mantêm mais ninguém detido para o ICE

facility-west-county-richmond-note = Uma cadeia do condado de Contra Costa em Richmond. Parou de manter pessoas detidas para o ICE quando o xerife encerrou o contrato em 2018; o condado disse em 2025 que não mantém ninguém para o ICE. Ninguém está detido aqui para o ICE agora.
facility-rio-cosumnes-note = Um centro correcional do condado de Sacramento em Elk Grove. O contrato para manter pessoas detidas para o ICE foi encerrado em 2018. Ninguém está detido aqui para o ICE agora.
facility-theo-lacy-note = Uma cadeia do condado de Orange, na cidade de Orange. As cadeias do condado de Orange, incluindo esta, não mantêm ninguém detido para o ICE desde 1º de agosto de 2019. Ninguém está detido aqui para o ICE agora.
facility-james-a-musick-note = Uma cadeia do condado de Orange que uma lista antiga citou como um local que mantinha imigrantes detidos. As cadeias do condado de Orange não mantêm ninguém detido para o ICE desde 1º de agosto de 2019. Ninguém está detido aqui para o ICE agora.
facility-santa-ana-city-jail-note = A cadeia da cidade de Santa Ana mantinha pessoas detidas para o ICE. A cidade limitou quantas, e o ICE encerrou o contrato em 2017. Ninguém está detido aqui para o ICE agora.
facility-yuba-county-jail-note = A cadeia do condado em Marysville mantinha pessoas detidas para o ICE por um acordo que começou em 1994. O governo federal o encerrou em dezembro de 2022; reportagens o descreveram como o último contrato do ICE com uma cadeia de condado na Califórnia. Ninguém está detido aqui para o ICE agora.
facility-el-centro-spc-note = Um antigo centro de processamento do ICE em El Centro. Fechou em 30 de setembro de 2014, e o Imperial Regional Detention Facility, um centro de detenção perto de Calexico, ficou no lugar dele. Ninguém está detido aqui para o ICE agora.
