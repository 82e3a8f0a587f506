# Leyes de California: qué significa cada una para una persona.

law-trust-act-name = Ley TRUST
law-trust-act-summary = Esta ley de 2013 fue la primera en limitar las retenciones de ICE en las cárceles locales. Permitía que una cárcel retuviera a una persona después de su hora de salida por una retención de ICE solo en ciertos casos, como algunas condenas graves o violentas. Desde que la SB 54 entró en vigor en 2018, una cárcel local no puede retener a nadie después de su hora de salida por una retención de ICE, en ningún caso. Una retención de ICE es una solicitud, no una orden de un juez.

law-truth-act-name = Ley TRUTH
law-truth-act-summary = En una cárcel de California, antes de que ICE lo pueda entrevistar, usted debe recibir un formulario por escrito. Dice que la entrevista es voluntaria y que usted puede decir que no o hablar solo con su abogado presente. Si la cárcel recibe una solicitud de ICE sobre usted, le debe dar una copia.

law-sb54-name = Ley de Valores de California (SB 54)
law-sb54-summary = La policía y los alguaciles de California en general no pueden preguntar por su estatus migratorio ni ayudar a ICE a hacer cumplir las leyes de inmigración. Una cárcel local no puede retenerlo después de su hora de salida porque ICE lo pidió. En el caso de personas con algunas condenas graves, una cárcel todavía puede avisarle a ICE cuándo van a salir en libertad, o entregarlas a ICE. Esta ley no obliga a los agentes federales y no cubre las prisiones estatales.

law-trust-act-does-not = No impide que ICE arreste a personas por su cuenta. Ahora, bajo la SB 54, la lista de condenas de esta ley decide cuándo una cárcel puede avisarle a ICE sobre una salida en libertad o entregarle una persona a ICE, no si la cárcel puede retener a la persona más tiempo.
law-truth-act-does-not = No impide que ICE lo pida y no se aplica a la detención migratoria federal. Cubre las entrevistas en las cárceles locales.
law-sb54-does-not = No impide que actúen ICE ni otros agentes federales, y no cubre las prisiones estatales (CDCR). La policía todavía puede compartir información que ya es pública.
