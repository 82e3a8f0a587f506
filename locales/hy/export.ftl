# Տպված քարտեր և գրքույկներ (amparo export)։

export-cards-title = Դրամապանակի քարտեր
export-cards-how = Տպեք երկու կողմը՝ թերթը շրջելով երկար եզրով, հետո կտրեք կետագծերով։ Մեկ քարտ միշտ ձեզ մոտ պահեք։
export-booklet-title = Իմացեք ձեր իրավունքները
export-laws = Օրենքներ
export-do-not = Ինչ չանել
# $place: a county's full name, such as "San Francisco County".
export-help-near = Օգնություն՝ { $place }
export-lines = Հեռախոսագծեր, որոնց կարող եք զանգել
export-policy = Տեղական քաղաքականություն
export-detention = Մոտակա վայրեր, որտեղ կարող են մարդկանց պահել
# $version: the content's version number; $oldest, $newest: the dates the sources show.
export-footer = Բովանդակության տարբերակ՝ { $version }։ Աղբյուրների ամսաթվերը՝ { $oldest } – { $newest }։
export-quiz-answers = Պատասխաններ
