law-trust-act-name = Ley TRUST
law-trust-act-summary = Las cárceles locales no pueden retenerlo después de su hora de salida solo porque ICE lo pidió (una "retención de ICE"), a menos que usted esté en ciertos grupos, como personas con algunas condenas graves o violentas. Una retención de ICE es una solicitud, no la orden de un juez.

law-truth-act-name = Ley TRUTH
law-truth-act-summary = En una cárcel de California, antes de que ICE lo pueda entrevistar, usted debe recibir un formulario por escrito. Dice que la entrevista es voluntaria y que usted puede decir que no o hablar solo con su abogado presente. Si la cárcel recibe una solicitud de ICE sobre usted, le debe dar una copia.

law-sb54-name = Ley de Valores de California (SB 54)
law-sb54-summary = La policía y los alguaciles de California en general no pueden preguntar por su estatus migratorio ni retenerlo para ICE. Hay excepciones para algunas condenas graves. Esta ley no obliga a los agentes federales y no cubre las prisiones estatales.

law-trust-act-does-not = No impide que ICE arreste a personas por su cuenta y no protege a las personas con las condenas de la lista. Luego la SB 54 hizo las reglas más estrictas.
law-truth-act-does-not = No impide que ICE lo pida y no se aplica a la detención migratoria federal. Cubre las entrevistas en las cárceles locales.
law-sb54-does-not = No detiene a ICE ni a otros agentes federales y no cubre las prisiones estatales (CDCR). La policía todavía puede compartir información que ya es pública.
