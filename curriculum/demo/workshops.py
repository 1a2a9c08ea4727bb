"""Workshops: each starts from a concrete local problem and ends in a practice in the territory."""

WORKSHOPS = [
    {
        "key": "water",
        "slug": {"es": "el-agua-que-no-llega", "en": "the-water-that-does-not-arrive"},
        "title": {
            "es": "El agua que no llega: del problema al plan",
            "en": "The water that does not arrive: from the problem to the plan",
        },
        "summary": {
            "es": (
                "Un taller de fin de semana para un sector sin agua regular: reconocer cómo llega "
                "(o no) el agua a cada casa, buscar las causas en común y pasar de la queja a un "
                "plan con tareas inmediatas y de largo plazo."
            ),
            "en": (
                "A weekend workshop for a sector without a regular water supply: recognise how "
                "water reaches (or does not reach) each house, look for the causes together, and "
                "move from complaint to a plan with immediate and long-term tasks."
            ),
        },
        "level": "starting",
        "themes": ["water", "planning", "health", "mutual_aid"],
        "objectives": {
            "es": (
                "<ul>"
                "<li>Compartir cómo vive cada familia la falta de agua.</li>"
                "<li>Dibujar juntos un primer croquis del sector y de su red de agua.</li>"
                "<li>Distinguir las causas del problema de sus consecuencias.</li>"
                "<li>Acordar tareas concretas y un responsable para cada una, para presentarlas "
                "a la asamblea.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Share how each family lives with the lack of water.</li>"
                "<li>Draw together a first sketch of the sector and its water network.</li>"
                "<li>Tell the causes of the problem apart from its consequences.</li>"
                "<li>Agree on concrete tasks, each with someone responsible, to present to the "
                "assembly.</li>"
                "</ul>"
            ),
        },
        "local_problem": {
            "es": (
                "<p>En la parte alta del sector el agua por tubería llega, cuando llega, un día "
                "cada dos semanas y de madrugada. El camión cisterna no sube porque la calle "
                "está rota. Las familias cargan agua en tobos desde la toma de abajo, y casi "
                "siempre la cargan las mujeres y los niños. En la escuela hubo casos de diarrea. "
                "Cada familia se ha quejado por su cuenta, sin respuesta.</p>"
            ),
            "en": (
                "<p>In the upper part of the sector, piped water arrives, when it arrives, one "
                "day every two weeks and before dawn. The tanker truck does not come up because "
                "the street is broken. Families carry water in buckets from the tap below, and "
                "it is almost always the women and children who carry it. The school has had "
                "cases of diarrhoea. Each family has complained on its own, without an "
                "answer.</p>"
            ),
        },
        "agenda": [
            {
                "minutes": 15,
                "title": {"es": "Bienvenida y acuerdos", "en": "Welcome and agreements"},
                "method": {"es": "Plenaria en círculo", "en": "Plenary in a circle"},
                "materials": {
                    "es": "Papelógrafo, marcadores, cinta adhesiva",
                    "en": "Flip-chart paper, markers, tape",
                },
                "instructions": {
                    "es": (
                        "<p>Presente el taller y su duración. Confirme dónde están los niños y "
                        "quién los cuida. Pida al grupo tres o cuatro acuerdos para la sesión "
                        "(escuchar sin interrumpir, apagar el teléfono, hablar de uno en uno) y "
                        "anótelos a la vista.</p>"
                    ),
                    "en": (
                        "<p>Introduce the workshop and how long it lasts. Confirm where the "
                        "children are and who is looking after them. Ask the group for three or "
                        "four agreements for the session (listen without interrupting, phones "
                        "off, one person at a time) and write them where everyone can see.</p>"
                    ),
                },
            },
            {
                "minutes": 30,
                "title": {"es": "¿Cómo nos llega el agua?", "en": "How does water reach us?"},
                "method": {"es": "Rueda de testimonios", "en": "Round of testimonies"},
                "materials": {"es": "Ninguno", "en": "None"},
                "instructions": {
                    "es": (
                        "<p>Cada persona cuenta en dos minutos cómo consigue el agua en su casa: "
                        "por dónde, cada cuánto, quién la carga, cuánto tiempo le cuesta. Quien "
                        "facilita anota en el papelógrafo las palabras que se repiten.</p>"
                        "<p>No discuta soluciones todavía: este es el momento de escuchar.</p>"
                    ),
                    "en": (
                        "<p>Each person tells in two minutes how they get water at home: from "
                        "where, how often, who carries it, how much time it costs them. The "
                        "facilitator writes on the flip chart the words that keep coming "
                        "up.</p>"
                        "<p>Do not discuss solutions yet: this is the moment to listen.</p>"
                    ),
                },
            },
            {
                "minutes": 45,
                "title": {"es": "Croquis del sector", "en": "Sketch of the sector"},
                "method": {"es": "Mapa comunitario en grupos", "en": "Community map in groups"},
                "materials": {
                    "es": "Pliegos de papel bond, marcadores de colores",
                    "en": "Large sheets of paper, coloured markers",
                },
                "instructions": {
                    "es": (
                        "<p>En grupos de cinco, dibujen su parte del sector: calles, casas, "
                        "escuela, tanques, tuberías y tomas que conozcan. Usen colores:</p>"
                        "<ul>"
                        "<li>azul donde el agua llega por tubería;</li>"
                        "<li>verde donde llega la cisterna;</li>"
                        "<li>rojo donde no llega.</li>"
                        "</ul>"
                        "<p>Luego peguen los dibujos juntos en la pared.</p>"
                    ),
                    "en": (
                        "<p>In groups of five, draw your part of the sector: streets, houses, "
                        "school, tanks, pipes and taps you know of. Use colours:</p>"
                        "<ul>"
                        "<li>blue where water comes by pipe;</li>"
                        "<li>green where the tanker comes;</li>"
                        "<li>red where it does not arrive.</li>"
                        "</ul>"
                        "<p>Then stick the drawings together on the wall.</p>"
                    ),
                },
            },
            {
                "minutes": 40,
                "title": {"es": "El árbol del problema", "en": "The problem tree"},
                "method": {"es": "Trabajo en grupos y plenaria", "en": "Group work and plenary"},
                "materials": {
                    "es": "Un árbol dibujado en papelógrafo, tarjetas de papel",
                    "en": "A tree drawn on flip-chart paper, paper cards",
                },
                "instructions": {
                    "es": (
                        "<p>En el tronco escriba el problema: «el agua no llega a la parte "
                        "alta». Cada grupo escribe en tarjetas las <b>raíces</b> (causas: la "
                        "bomba dañada, la calle rota, la falta de mantenimiento, que nadie "
                        "reclama en conjunto) y las <b>ramas</b> (consecuencias: enfermedades, "
                        "horas de carga, niñas que faltan a la escuela).</p>"
                        "<p>Peguen las tarjetas y agrupen las que se parecen. Pregunte: ¿cuáles "
                        "raíces podemos atacar nosotros y cuáles necesitan a otros?</p>"
                    ),
                    "en": (
                        "<p>On the trunk write the problem: “water does not reach the upper "
                        "part”. Each group writes on cards the <b>roots</b> (causes: the broken "
                        "pump, the broken street, lack of maintenance, nobody making a claim "
                        "together) and the <b>branches</b> (consequences: illness, hours of "
                        "carrying, girls missing school).</p>"
                        "<p>Stick the cards up and group the similar ones. Ask: which roots can "
                        "we tackle ourselves, and which need others?</p>"
                    ),
                },
            },
            {
                "minutes": 40,
                "title": {"es": "De la queja al plan", "en": "From complaint to plan"},
                "method": {"es": "Plenaria", "en": "Plenary"},
                "materials": {
                    "es": "Papelógrafo con tres columnas: qué, quién, para cuándo",
                    "en": "Flip chart with three columns: what, who, by when",
                },
                "instructions": {
                    "es": (
                        "<p>A partir de las raíces que el grupo puede atacar, acuerden de tres a "
                        "cinco tareas. Separe las inmediatas (este mes: levantar el mapa del "
                        "agua, reparar la fuga de la esquina en cayapa) de las de largo plazo "
                        "(proyecto de tanque comunal, plan de mantenimiento).</p>"
                        "<p>Cada tarea necesita al menos dos responsables. Cuide que no sean "
                        "siempre las mismas personas ni solo hombres.</p>"
                    ),
                    "en": (
                        "<p>Starting from the roots the group can tackle, agree on three to five "
                        "tasks. Separate the immediate ones (this month: draw the water map, "
                        "repair the leak on the corner in a <i>cayapa</i>) from the long-term "
                        "ones (a communal tank project, a maintenance plan).</p>"
                        "<p>Each task needs at least two people responsible. Make sure they are "
                        "not always the same people, nor only men.</p>"
                    ),
                },
            },
            {
                "minutes": 10,
                "title": {"es": "Cierre y evaluación", "en": "Closing and evaluation"},
                "method": {"es": "Ronda de una palabra", "en": "One-word round"},
                "materials": {"es": "Ninguno", "en": "None"},
                "instructions": {
                    "es": (
                        "<p>Cada persona dice en una palabra cómo se va. Explique la práctica "
                        "de seguimiento (el mapa del agua) y acuerden la fecha del "
                        "recorrido.</p>"
                    ),
                    "en": (
                        "<p>Each person says in one word how they are leaving. Explain the "
                        "follow-up practice (the water map) and agree on the date of the "
                        "walk.</p>"
                    ),
                },
            },
        ],
        "facilitator_notes": {
            "es": (
                "<ul>"
                "<li>Haga el taller un sábado o domingo por la mañana y con cuidado infantil: "
                "si no, las mujeres que cargan el agua no podrán venir.</li>"
                "<li>Es fácil que la sesión se convierta en una lista de quejas contra la "
                "empresa de agua. Reconozca la rabia, y vuelva a la pregunta: ¿qué podemos "
                "hacer nosotros?</li>"
                "<li>No prometa soluciones que dependen de otros.</li>"
                "<li>Guarde el árbol y el croquis: la asamblea los necesitará.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Hold the workshop on a Saturday or Sunday morning and with childcare: "
                "otherwise the women who carry the water will not be able to come.</li>"
                "<li>The session can easily become a list of complaints against the water "
                "company. Acknowledge the anger, and come back to the question: what can we "
                "do ourselves?</li>"
                "<li>Do not promise solutions that depend on others.</li>"
                "<li>Keep the tree and the sketch: the assembly will need them.</li>"
                "</ul>"
            ),
        },
        "discussion_questions": [
            {
                "es": "¿Por qué hasta ahora cada familia se ha quejado por su cuenta?",
                "en": "Why has each family complained on its own until now?",
            },
            {
                "es": "¿Quién pierde más horas cuando el agua no llega, y qué deja de hacer?",
                "en": "Who loses the most hours when the water does not arrive, and what do they stop doing?",
            },
            {
                "es": "¿Qué parte del problema podemos resolver con nuestras manos y qué parte debemos exigir?",
                "en": "Which part of the problem can we solve with our own hands, and which part must we demand?",
            },
            {
                "es": "¿Cómo llevamos este plan a la asamblea para que sea de todos y no solo de quienes vinimos hoy?",
                "en": "How do we take this plan to the assembly so that it belongs to everyone and not only to those who came today?",
            },
        ],
        "follow_up_practice": "water_map",
        "follow_up_notes": {
            "es": (
                "En las dos semanas siguientes, los grupos recorren el sector y levantan el mapa "
                "del agua. El mapa y el plan se presentan juntos en la próxima asamblea de "
                "ciudadanos y ciudadanas."
            ),
            "en": (
                "In the following two weeks, the groups walk the sector and draw the water map. "
                "The map and the plan are presented together at the next citizens' assembly."
            ),
        },
    },
    {
        "key": "consensus",
        "slug": {"es": "consenso-por-partes", "en": "consensus-part-by-part"},
        "title": {
            "es": "Consenso por partes: cuando la asamblea no se pone de acuerdo",
            "en": "Consensus part by part: when the assembly cannot agree",
        },
        "summary": {
            "es": (
                "Un taller para destrabar una discusión larga en la asamblea: entender qué es el "
                "consenso, dividir un asunto difícil en partes más pequeñas y acordar parte por "
                "parte, dejando claro lo que sigue en debate."
            ),
            "en": (
                "A workshop to unblock a long discussion in the assembly: understand what "
                "consensus is, divide a difficult issue into smaller parts and agree part by "
                "part, making clear what is still under debate."
            ),
        },
        "level": "deepening",
        "themes": ["assembly", "planning", "housing"],
        "objectives": {
            "es": (
                "<ul>"
                "<li>Distinguir consenso, votación e imposición.</li>"
                "<li>Practicar cómo dividir un asunto complejo en partes que se puedan "
                "acordar.</li>"
                "<li>Ensayar una forma de registrar lo acordado y lo pendiente.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Tell consensus, voting and imposition apart.</li>"
                "<li>Practise dividing a complex issue into parts that can be agreed.</li>"
                "<li>Try out a way of recording what was agreed and what is pending.</li>"
                "</ul>"
            ),
        },
        "local_problem": {
            "es": (
                "<p>Hace tres meses que la asamblea discute a qué familias asignar materiales "
                "para sustituir sus ranchos: hay veinte familias en lista y materiales para "
                "ocho casas. Cada asamblea termina en gritos, hay quien acusa a los voceros de "
                "favorecer a sus parientes y cada vez viene menos gente. Algunos proponen que "
                "decida la vocería de vivienda sola.</p>"
            ),
            "en": (
                "<p>For three months the assembly has been discussing which families should "
                "get materials to replace their shacks: there are twenty families on the list "
                "and materials for eight houses. Every assembly ends in shouting, some accuse "
                "the spokespeople of favouring their relatives, and fewer people come each time. "
                "Some propose that the housing spokespeople should decide on their own.</p>"
            ),
        },
        "agenda": [
            {
                "minutes": 20,
                "title": {
                    "es": "¿Qué es para nosotros el consenso?",
                    "en": "What is consensus to us?",
                },
                "method": {"es": "Lluvia de ideas", "en": "Brainstorm"},
                "materials": {"es": "Papelógrafo, marcadores", "en": "Flip chart, markers"},
                "instructions": {
                    "es": (
                        "<p>Pregunte qué significa «llegar a consenso». Anote las respuestas y "
                        "ayude a distinguir: el consenso no es unanimidad ni que todos piensen "
                        "igual; es un acuerdo que todas y todos pueden aceptar y sostener, "
                        "aunque no sea su primera opción.</p>"
                    ),
                    "en": (
                        "<p>Ask what “reaching consensus” means. Write down the answers and help "
                        "make the distinction: consensus is not unanimity, nor everyone thinking "
                        "alike; it is an agreement everyone can accept and stand by, even if it "
                        "is not their first choice.</p>"
                    ),
                },
            },
            {
                "minutes": 30,
                "title": {"es": "La asamblea atascada", "en": "The stuck assembly"},
                "method": {"es": "Dramatización", "en": "Role play"},
                "materials": {
                    "es": "Tarjetas con personajes (la vocera apurada, el vecino que siempre se opone, la señora que no habla...)",
                    "en": "Cards with characters (the spokeswoman in a hurry, the neighbour who always objects, the woman who never speaks...)",
                },
                "instructions": {
                    "es": (
                        "<p>Seis voluntarios representan durante diez minutos una asamblea que "
                        "discute el plan de vivienda, cada uno con su personaje. El resto "
                        "observa. Después pregunte: ¿qué pasó?, ¿quién habló y quién no?, ¿por "
                        "qué no se llegó a acuerdo?</p>"
                    ),
                    "en": (
                        "<p>Six volunteers act out for ten minutes an assembly discussing the "
                        "housing plan, each with their character. The rest observe. Then ask: "
                        "what happened? who spoke and who did not? why was no agreement "
                        "reached?</p>"
                    ),
                },
            },
            {
                "minutes": 45,
                "title": {
                    "es": "Dividir el asunto en partes",
                    "en": "Dividing the issue into parts",
                },
                "method": {"es": "Grupos pequeños", "en": "Small groups"},
                "materials": {"es": "Tarjetas, marcadores", "en": "Cards, markers"},
                "instructions": {
                    "es": (
                        "<p>Cada grupo divide el asunto de la vivienda en partes que se puedan "
                        "discutir por separado. Por ejemplo:</p>"
                        "<ol>"
                        "<li>los criterios para dar prioridad (niños pequeños, personas "
                        "enfermas, riesgo de derrumbe);</li>"
                        "<li>cómo se verifica la situación de cada familia (una comisión de "
                        "vecinos visita y da fe, en lugar de papeles de una oficina);</li>"
                        "<li>cómo se organizan las cuadrillas de trabajo;</li>"
                        "<li>qué pasa con las doce familias que esperan.</li>"
                        "</ol>"
                        "<p>Cada grupo presenta su lista y se arma una sola.</p>"
                    ),
                    "en": (
                        "<p>Each group divides the housing issue into parts that can be "
                        "discussed separately. For example:</p>"
                        "<ol>"
                        "<li>the criteria for priority (small children, sick people, risk of "
                        "collapse);</li>"
                        "<li>how each family's situation is verified (a committee of neighbours "
                        "visits and vouches, instead of papers from an office);</li>"
                        "<li>how the work crews are organised;</li>"
                        "<li>what happens to the twelve families who wait.</li>"
                        "</ol>"
                        "<p>Each group presents its list and a single one is put together.</p>"
                    ),
                },
            },
            {
                "minutes": 45,
                "title": {"es": "Acordar parte por parte", "en": "Agreeing part by part"},
                "method": {
                    "es": "Simulación en plenaria con tarjetas de colores",
                    "en": "Plenary simulation with coloured cards",
                },
                "materials": {
                    "es": "Tres tarjetas por persona: verde, amarilla y roja",
                    "en": "Three cards per person: green, yellow and red",
                },
                "instructions": {
                    "es": (
                        "<p>Tomen las partes una por una. Después de cada propuesta, cada "
                        "persona levanta una tarjeta:</p>"
                        "<ul>"
                        "<li><b>verde:</b> estoy de acuerdo;</li>"
                        "<li><b>amarilla:</b> tengo dudas, pero no bloqueo;</li>"
                        "<li><b>roja:</b> no puedo aceptarlo, y propongo otra cosa.</li>"
                        "</ul>"
                        "<p>Quien levanta roja debe explicar por qué y traer una propuesta. Si "
                        "hay rojas, se sigue debatiendo esa parte o se divide de nuevo; si no, "
                        "la parte queda acordada y se anota con su fecha.</p>"
                    ),
                    "en": (
                        "<p>Take the parts one by one. After each proposal, each person raises a "
                        "card:</p>"
                        "<ul>"
                        "<li><b>green:</b> I agree;</li>"
                        "<li><b>yellow:</b> I have doubts, but I will not block;</li>"
                        "<li><b>red:</b> I cannot accept it, and I propose something else.</li>"
                        "</ul>"
                        "<p>Whoever raises red must explain why and bring a proposal. If there "
                        "are reds, that part is debated further or divided again; if not, the "
                        "part is agreed and written down with its date.</p>"
                    ),
                },
            },
            {
                "minutes": 20,
                "title": {
                    "es": "Qué hacemos con lo pendiente",
                    "en": "What we do with what is pending",
                },
                "method": {"es": "Plenaria", "en": "Plenary"},
                "materials": {"es": "El papelógrafo de partes", "en": "The flip chart of parts"},
                "instructions": {
                    "es": (
                        "<p>Revise con el grupo qué partes quedaron acordadas y cuáles no. Para "
                        "cada parte pendiente, acuerden qué información falta y quién la trae a "
                        "la próxima asamblea.</p>"
                    ),
                    "en": (
                        "<p>Go over with the group which parts were agreed and which were not. "
                        "For each pending part, agree on what information is missing and who "
                        "will bring it to the next assembly.</p>"
                    ),
                },
            },
            {
                "minutes": 10,
                "title": {"es": "Cierre", "en": "Closing"},
                "method": {"es": "Ronda", "en": "Round"},
                "materials": {"es": "Ninguno", "en": "None"},
                "instructions": {
                    "es": (
                        "<p>Cada persona dice qué se lleva para la próxima asamblea. Pida dos "
                        "voluntarios para llevar el acta por partes.</p>"
                    ),
                    "en": (
                        "<p>Each person says what they are taking to the next assembly. Ask for "
                        "two volunteers to keep the minutes part by part.</p>"
                    ),
                },
            },
        ],
        "facilitator_notes": {
            "es": (
                "<ul>"
                "<li>No facilite este taller si usted es parte interesada en la lista de "
                "vivienda: pida a alguien de otro consejo que lo haga.</li>"
                "<li>La dramatización puede despertar enojos reales. Recuerde que se "
                "representan personajes, no personas.</li>"
                "<li>No proponga que la asamblea delegue la decisión en la vocería: la asamblea "
                "es la única autoridad, y acordar por partes es justamente lo que permite "
                "seguir decidiendo en ella.</li>"
                "<li>Dividir no es postergar: cada parte pendiente debe tener fecha y "
                "responsables.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Do not facilitate this workshop if you have a stake in the housing list: "
                "ask someone from another council to do it.</li>"
                "<li>The role play can stir up real anger. Remind everyone that they are "
                "playing characters, not people.</li>"
                "<li>Do not suggest that the assembly delegate the decision to the "
                "spokespeople: the assembly is the only authority, and agreeing part by part is "
                "precisely what lets it keep deciding.</li>"
                "<li>Dividing is not postponing: each pending part must have a date and people "
                "responsible.</li>"
                "</ul>"
            ),
        },
        "discussion_questions": [
            {
                "es": "¿Qué diferencia hay entre consenso y votación? ¿Cuándo conviene cada uno?",
                "en": "What is the difference between consensus and voting? When is each appropriate?",
            },
            {
                "es": "¿Por qué la gente deja de venir cuando las asambleas terminan en gritos?",
                "en": "Why do people stop coming when assemblies end in shouting?",
            },
            {
                "es": "¿Qué gana la comunidad cuando una vecina da fe de la situación de otra familia, en lugar de un papel?",
                "en": "What does the community gain when a neighbour vouches for another family's situation, instead of a paper?",
            },
            {
                "es": "¿Cómo evitar que «dividir en partes» se convierta en una manera de no decidir nunca?",
                "en": "How do we keep “dividing into parts” from becoming a way of never deciding?",
            },
        ],
        "follow_up_practice": "minutes",
        "follow_up_notes": {
            "es": (
                "Dos participantes llevan el acta por partes en la próxima asamblea. En la "
                "siguiente sesión del grupo se revisa el acta: qué se acordó, qué sigue "
                "pendiente y qué aprendimos del método."
            ),
            "en": (
                "Two participants keep the minutes part by part at the next assembly. At the "
                "group's following session the minutes are reviewed: what was agreed, what is "
                "still pending and what we learned about the method."
            ),
        },
    },
    {
        "key": "fishing",
        "slug": {"es": "cooperativa-pesquera", "en": "fishing-cooperative"},
        "title": {
            "es": "Cooperativa pesquera: ¿quién decide el precio de nuestra pesca?",
            "en": "Fishing co-operative: who decides the price of our catch?",
        },
        "summary": {
            "es": (
                "Para comunidades pesqueras de la costa: seguir el recorrido de la pesca desde el "
                "mar hasta la mesa, ver quién gana en cada paso y revisar la cooperativa a la luz "
                "de los principios cooperativos para dar tres pasos concretos."
            ),
            "en": (
                "For fishing communities on the coast: follow the catch from the sea to the "
                "table, see who earns at each step, and review the co-operative in the light of "
                "the co-operative principles to take three concrete steps."
            ),
        },
        "level": "deepening",
        "themes": ["cooperativism", "fishing", "communal_economy"],
        "objectives": {
            "es": (
                "<ul>"
                "<li>Reconstruir la cadena de la pesca y lo que gana cada eslabón.</li>"
                "<li>Conocer los principios cooperativos y compararlos con la cooperativa "
                "existente.</li>"
                "<li>Acordar tres pasos para que la cooperativa vuelva a ser de sus "
                "miembros.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Rebuild the chain of the catch and what each link earns.</li>"
                "<li>Learn the co-operative principles and compare them with the existing "
                "co-operative.</li>"
                "<li>Agree on three steps so that the co-operative belongs to its members "
                "again.</li>"
                "</ul>"
            ),
        },
        "local_problem": {
            "es": (
                "<p>En el pueblo salen a faenar catorce peñeros. Toda la pesca se vende a un "
                "solo comprador, que adelanta el hielo y la gasolina a crédito y fija el precio "
                "al llegar a la playa. Muchas familias le deben. La cooperativa pesquera existe "
                "en el papel desde hace años, pero solo se reúnen tres personas y nadie sabe "
                "cómo están sus cuentas. Las mujeres que limpian y salan el pescado no figuran "
                "como miembros.</p>"
            ),
            "en": (
                "<p>Fourteen small boats go out fishing from the village. The whole catch is "
                "sold to a single buyer, who advances ice and fuel on credit and sets the price "
                "when the boats reach the beach. Many families owe him money. The fishing "
                "co-operative has existed on paper for years, but only three people meet and "
                "nobody knows the state of its accounts. The women who clean and salt the fish "
                "are not listed as members.</p>"
            ),
        },
        "agenda": [
            {
                "minutes": 15,
                "title": {"es": "Bienvenida", "en": "Welcome"},
                "method": {"es": "Plenaria", "en": "Plenary"},
                "materials": {"es": "Ninguno", "en": "None"},
                "instructions": {
                    "es": (
                        "<p>Preséntense por nombre o apodo y digan qué hacen en la pesca: salir "
                        "al mar, reparar redes, limpiar, salar, vender. Haga visible que el "
                        "trabajo en tierra también es pesca.</p>"
                    ),
                    "en": (
                        "<p>Introduce yourselves by name or nickname and say what you do in "
                        "fishing: going to sea, mending nets, cleaning, salting, selling. Make "
                        "it visible that the work on land is fishing too.</p>"
                    ),
                },
            },
            {
                "minutes": 40,
                "title": {"es": "Del mar a la mesa", "en": "From the sea to the table"},
                "method": {
                    "es": "Dibujo colectivo de la cadena",
                    "en": "Collective drawing of the chain",
                },
                "materials": {
                    "es": "Pliego largo de papel, marcadores, notas adhesivas",
                    "en": "Long sheet of paper, markers, sticky notes",
                },
                "instructions": {
                    "es": (
                        "<p>Dibujen la cadena: peñero, playa, comprador, camión, mercado de la "
                        "ciudad, mesa. En cada eslabón anoten a cuánto se vende un kilo de "
                        "pescado y qué costos hay (gasolina, hielo, transporte).</p>"
                        "<p>Pregunte: ¿dónde se queda la mayor parte del dinero? ¿Quién decide "
                        "el precio en cada paso?</p>"
                    ),
                    "en": (
                        "<p>Draw the chain: boat, beach, buyer, truck, city market, table. At "
                        "each link, write down what a kilo of fish sells for and what the costs "
                        "are (fuel, ice, transport).</p>"
                        "<p>Ask: where does most of the money stay? Who decides the price at "
                        "each step?</p>"
                    ),
                },
            },
            {
                "minutes": 30,
                "title": {"es": "Los pioneros de Rochdale", "en": "The Rochdale Pioneers"},
                "method": {"es": "Lectura en voz alta por turnos", "en": "Reading aloud in turns"},
                "materials": {
                    "es": "Copias impresas del resumen «Los pioneros de Rochdale» de la biblioteca",
                    "en": "Printed copies of the library summary “The Rochdale Pioneers”",
                },
                "instructions": {
                    "es": (
                        "<p>Lean el resumen en voz alta, un párrafo cada persona. Deténganse en "
                        "cada principio y pidan un ejemplo del pueblo.</p>"
                    ),
                    "en": (
                        "<p>Read the summary aloud, one paragraph per person. Stop at each "
                        "principle and ask for an example from the village.</p>"
                    ),
                },
            },
            {
                "minutes": 40,
                "title": {
                    "es": "El semáforo de nuestra cooperativa",
                    "en": "Our co-operative's traffic light",
                },
                "method": {"es": "Grupos pequeños", "en": "Small groups"},
                "materials": {
                    "es": "Una hoja por grupo con los siete principios, lápices verde, amarillo y rojo",
                    "en": "One sheet per group with the seven principles, green, yellow and red pencils",
                },
                "instructions": {
                    "es": (
                        "<p>Cada grupo marca cada principio en verde (se cumple), amarillo (a "
                        "medias) o rojo (no se cumple) en nuestra cooperativa, con un ejemplo "
                        "que lo justifique. Comparen los resultados en plenaria.</p>"
                    ),
                    "en": (
                        "<p>Each group marks each principle green (respected), yellow (partly) "
                        "or red (not respected) in our co-operative, with an example to justify "
                        "it. Compare the results in plenary.</p>"
                    ),
                },
            },
            {
                "minutes": 35,
                "title": {"es": "Tres pasos para este mes", "en": "Three steps for this month"},
                "method": {"es": "Plenaria", "en": "Plenary"},
                "materials": {"es": "Papelógrafo", "en": "Flip chart"},
                "instructions": {
                    "es": (
                        "<p>Elijan tres pasos pequeños y posibles. Por ejemplo: convocar una "
                        "asamblea de la cooperativa abierta a todos los que trabajan en la "
                        "pesca, incluidas las mujeres; llevar las cuentas de un peñero durante "
                        "un mes; averiguar cuánto cuesta comprar el hielo en conjunto.</p>"
                    ),
                    "en": (
                        "<p>Choose three small, possible steps. For example: call an assembly of "
                        "the co-operative open to everyone who works in fishing, women "
                        "included; keep the accounts of one boat for a month; find out what it "
                        "costs to buy ice together.</p>"
                    ),
                },
            },
            {
                "minutes": 10,
                "title": {"es": "Cierre", "en": "Closing"},
                "method": {"es": "Ronda", "en": "Round"},
                "materials": {"es": "Ninguno", "en": "None"},
                "instructions": {
                    "es": "<p>Cada persona dice a qué se compromete. Acuerden la fecha de la asamblea de la cooperativa.</p>",
                    "en": "<p>Each person says what they commit to. Agree on the date of the co-operative's assembly.</p>",
                },
            },
        ],
        "facilitator_notes": {
            "es": (
                "<ul>"
                "<li>Adapte el horario a la marea y a las faenas: pregunte antes cuándo no sale "
                "nadie al mar.</li>"
                "<li>El comprador puede ser vecino o pariente de algunos participantes. Hable "
                "de relaciones económicas, no de personas, y no permita acusaciones.</li>"
                "<li>Las deudas son un tema delicado: nadie debe sentirse obligado a decir "
                "cuánto debe.</li>"
                "<li>Si la cooperativa tiene directiva, invítela; pero el taller es para todos "
                "los que trabajan en la pesca.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Adapt the schedule to the tide and the fishing trips: ask beforehand when "
                "nobody goes to sea.</li>"
                "<li>The buyer may be a neighbour or relative of some participants. Talk about "
                "economic relations, not about people, and do not allow accusations.</li>"
                "<li>Debts are a sensitive subject: nobody should feel obliged to say how much "
                "they owe.</li>"
                "<li>If the co-operative has a board, invite it; but the workshop is for "
                "everyone who works in fishing.</li>"
                "</ul>"
            ),
        },
        "discussion_questions": [
            {
                "es": "¿Por qué el comprador puede fijar el precio? ¿Qué tendría que cambiar para que no pueda?",
                "en": "Why can the buyer set the price? What would have to change so that he cannot?",
            },
            {
                "es": "¿Por qué las mujeres que limpian y salan el pescado no son miembros de la cooperativa?",
                "en": "Why are the women who clean and salt the fish not members of the co-operative?",
            },
            {
                "es": "¿Qué haría falta para que la cooperativa compre el hielo y la gasolina sin endeudar a nadie?",
                "en": "What would it take for the co-operative to buy ice and fuel without putting anyone in debt?",
            },
            {
                "es": "¿Qué aprendemos de cooperativas que fracasaron en otros pueblos de la costa?",
                "en": "What do we learn from co-operatives that failed in other coastal villages?",
            },
        ],
        "follow_up_practice": "accounts",
        "follow_up_notes": {
            "es": (
                "Un grupo lleva durante cuatro semanas las cuentas de un peñero, con el acuerdo de "
                "su tripulación, y las presenta en la asamblea de la cooperativa."
            ),
            "en": (
                "A group keeps the accounts of one boat for four weeks, with its crew's "
                "agreement, and presents them at the co-operative's assembly."
            ),
        },
    },
    {
        "key": "gap",
        "slug": {"es": "quien-cuida-quien-coordina", "en": "who-cares-who-coordinates"},
        "title": {
            "es": "¿Quién cuida, quién coordina? La brecha de responsabilidades",
            "en": "Who cares, who coordinates? The responsibility gap",
        },
        "summary": {
            "es": (
                "Las mujeres sostienen el consejo, pero los hombres ocupan la mayoría de los "
                "cargos. Un taller para mirar cómo se reparte el tiempo en la vida diaria, "
                "contar la brecha en el propio consejo y acordar cambios concretos."
            ),
            "en": (
                "Women sustain the council, but men hold most of the posts. A workshop to look at "
                "how time is shared in daily life, count the gap in our own council, and agree on "
                "concrete changes."
            ),
        },
        "level": "starting",
        "themes": ["women", "assembly", "popular_education"],
        "objectives": {
            "es": (
                "<ul>"
                "<li>Hacer visible el trabajo de cuidado y quién lo realiza.</li>"
                "<li>Reconocer la diferencia entre quienes participan y quienes ocupan cargos en "
                "el consejo.</li>"
                "<li>Acordar cambios concretos para que más mujeres puedan asumir "
                "responsabilidades.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Make care work, and who does it, visible.</li>"
                "<li>Recognise the difference between who takes part and who holds posts in the "
                "council.</li>"
                "<li>Agree on concrete changes so that more women can take on "
                "responsibilities.</li>"
                "</ul>"
            ),
        },
        "local_problem": {
            "es": (
                "<p>En el consejo comunal del barrio, tres de cada cuatro personas que van a las "
                "asambleas y a las jornadas de limpieza son mujeres. Pero de doce vocerías, "
                "nueve las ocupan hombres, y son ellos quienes hablan con las instituciones. Las "
                "reuniones de la vocería son entre semana a las siete de la noche, cuando muchas "
                "compañeras están cocinando, estudiando en la misión o acostando a los niños, y "
                "nunca hay quien cuide a los pequeños.</p>"
            ),
            "en": (
                "<p>In the barrio's communal council, three out of four people who come to the "
                "assemblies and clean-up days are women. But of twelve spokesperson posts, nine "
                "are held by men, and it is they who talk with the institutions. The "
                "spokespeople's meetings are on weekdays at seven in the evening, when many "
                "women are cooking, studying in evening classes or putting the children to bed, "
                "and there is never anyone to look after the little ones.</p>"
            ),
        },
        "agenda": [
            {
                "minutes": 15,
                "title": {
                    "es": "Bienvenida y espacio de cuidado",
                    "en": "Welcome and childcare space",
                },
                "method": {"es": "Plenaria", "en": "Plenary"},
                "materials": {
                    "es": "Un espacio aparte con juegos y materiales para los niños",
                    "en": "A separate space with games and materials for the children",
                },
                "instructions": {
                    "es": (
                        "<p>Antes de empezar, presente a las personas que cuidan a los niños "
                        "durante el taller (idealmente, hombres del consejo). Explique que este "
                        "cuidado es parte del taller, no un favor.</p>"
                    ),
                    "en": (
                        "<p>Before starting, introduce the people looking after the children "
                        "during the workshop (ideally, men from the council). Explain that this "
                        "care is part of the workshop, not a favour.</p>"
                    ),
                },
            },
            {
                "minutes": 40,
                "title": {"es": "Un día en nuestra vida", "en": "A day in our life"},
                "method": {"es": "Reloj de 24 horas", "en": "24-hour clock"},
                "materials": {
                    "es": "Círculos de papel divididos en 24 horas, lápices de colores",
                    "en": "Paper circles divided into 24 hours, coloured pencils",
                },
                "instructions": {
                    "es": (
                        "<p>Cada persona colorea en su reloj un día normal entre semana: trabajo "
                        "pagado, cuidado de la casa y de otras personas, estudio, descanso, "
                        "participación en el consejo. Luego se forman dos grupos, mujeres y "
                        "hombres, y cada uno arma un reloj común.</p>"
                        "<p>Compare los dos relojes en plenaria: ¿quién tiene tiempo libre a "
                        "las siete de la noche?</p>"
                    ),
                    "en": (
                        "<p>Each person colours on their clock a normal weekday: paid work, care "
                        "of the home and of other people, study, rest, taking part in the "
                        "council. Then two groups are formed, women and men, and each puts "
                        "together a shared clock.</p>"
                        "<p>Compare the two clocks in plenary: who has free time at seven in "
                        "the evening?</p>"
                    ),
                },
            },
            {
                "minutes": 30,
                "title": {"es": "Los números de nuestro consejo", "en": "Our council's numbers"},
                "method": {"es": "Conteo colectivo", "en": "Collective count"},
                "materials": {
                    "es": "Papelógrafo con una tabla: asistimos, hablamos, facilitamos, coordinamos",
                    "en": "Flip chart with a table: we attend, we speak, we facilitate, we coordinate",
                },
                "instructions": {
                    "es": (
                        "<p>Entre todos, y de memoria, llenen la tabla separando mujeres y "
                        "hombres: cuántos asistimos a la última asamblea, quiénes hablaron, "
                        "quiénes facilitan, quiénes ocupan vocerías. Es un conteo aproximado; "
                        "la práctica de seguimiento lo hará con las actas.</p>"
                    ),
                    "en": (
                        "<p>Together, and from memory, fill in the table separating women and "
                        "men: how many of us attended the last assembly, who spoke, who "
                        "facilitates, who holds spokesperson posts. It is a rough count; the "
                        "follow-up practice will do it with the minutes.</p>"
                    ),
                },
            },
            {
                "minutes": 25,
                "title": {"es": "Lo que escribió Flora Tristán", "en": "What Flora Tristán wrote"},
                "method": {"es": "Lectura y comentario", "en": "Reading and discussion"},
                "materials": {
                    "es": "Copias del resumen de «Unión obrera» de la biblioteca",
                    "en": "Copies of the library summary of “The Workers' Union”",
                },
                "instructions": {
                    "es": (
                        "<p>Lean juntos la cita sobre «la proletaria del proletario» y los "
                        "párrafos que la rodean. Pregunte: ¿qué ha cambiado desde 1843 y qué "
                        "no?</p>"
                    ),
                    "en": (
                        "<p>Read together the quotation about “the proletarian of the "
                        "proletarian” and the paragraphs around it. Ask: what has changed since "
                        "1843, and what has not?</p>"
                    ),
                },
            },
            {
                "minutes": 40,
                "title": {
                    "es": "¿Qué nos impide? ¿Qué podemos cambiar?",
                    "en": "What stops us? What can we change?",
                },
                "method": {"es": "Grupos mixtos y plenaria", "en": "Mixed groups and plenary"},
                "materials": {"es": "Tarjetas de dos colores", "en": "Cards in two colours"},
                "instructions": {
                    "es": (
                        "<p>En grupos mixtos, escriban en tarjetas de un color los obstáculos "
                        "para que las mujeres asuman cargos, y en tarjetas de otro color "
                        "cambios que el consejo puede hacer: horarios de fin de semana, cuidado "
                        "infantil en cada reunión, vocerías compartidas entre una mujer y un "
                        "hombre, rotación de quien habla con las instituciones.</p>"
                    ),
                    "en": (
                        "<p>In mixed groups, write on cards of one colour the obstacles to women "
                        "taking on posts, and on cards of the other colour changes the council "
                        "can make: weekend schedules, childcare at every meeting, spokesperson "
                        "posts shared between a woman and a man, rotating who speaks with the "
                        "institutions.</p>"
                    ),
                },
            },
            {
                "minutes": 20,
                "title": {"es": "Compromisos y cierre", "en": "Commitments and closing"},
                "method": {"es": "Plenaria", "en": "Plenary"},
                "materials": {"es": "Papelógrafo", "en": "Flip chart"},
                "instructions": {
                    "es": (
                        "<p>Elijan dos cambios para proponer a la asamblea y quién los "
                        "presenta. Presente la práctica «Contar la brecha» y pida "
                        "voluntarios.</p>"
                    ),
                    "en": (
                        "<p>Choose two changes to propose to the assembly and who will present "
                        "them. Introduce the “Counting the gap” practice and ask for "
                        "volunteers.</p>"
                    ),
                },
            },
        ],
        "facilitator_notes": {
            "es": (
                "<ul>"
                "<li>Facilite en pareja, una mujer y un hombre.</li>"
                "<li>Algunos hombres pueden sentirse acusados. Insista en que se miran "
                "estructuras y costumbres, no culpas individuales, y reconozca a los compañeros "
                "que ya cuidan.</li>"
                "<li>Algunas mujeres pueden no querer hablar delante de los hombres. El trabajo "
                "por separado en el reloj de 24 horas les da ese espacio.</li>"
                "<li>Si alguien cuenta una situación de violencia, no la discuta en plenaria: "
                "hable en privado después y conozca de antemano a quién se puede acudir en la "
                "comunidad.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Facilitate as a pair, a woman and a man.</li>"
                "<li>Some men may feel accused. Insist that we are looking at structures and "
                "customs, not individual blame, and acknowledge the men who already do care "
                "work.</li>"
                "<li>Some women may not want to speak in front of the men. Working separately on "
                "the 24-hour clock gives them that space.</li>"
                "<li>If someone tells of a situation of violence, do not discuss it in plenary: "
                "talk privately afterwards, and know in advance where people can turn in the "
                "community.</li>"
                "</ul>"
            ),
        },
        "discussion_questions": [
            {
                "es": "¿Por qué las mujeres son mayoría en el trabajo del consejo y minoría en los cargos?",
                "en": "Why are women the majority in the council's work and a minority in its posts?",
            },
            {
                "es": "¿Qué pierde el consejo cuando las mismas personas hablan siempre en su nombre?",
                "en": "What does the council lose when the same people always speak in its name?",
            },
            {
                "es": "¿Qué cambio podríamos hacer desde la próxima asamblea, sin esperar a nadie?",
                "en": "What change could we make from the next assembly on, without waiting for anyone?",
            },
        ],
        "follow_up_practice": "gap_count",
        "follow_up_notes": {
            "es": (
                "En el mes siguiente, un grupo cuenta la brecha con las actas y listas del "
                "consejo y conversa con cinco compañeras. Los números y las propuestas se "
                "presentan en la asamblea."
            ),
            "en": (
                "In the following month, a group counts the gap using the council's minutes and "
                "lists and talks with five women. The numbers and proposals are presented to the "
                "assembly."
            ),
        },
    },
    {
        "key": "seeds",
        "slug": {"es": "conuco-y-semilla", "en": "the-conuco-and-the-seed"},
        "title": {
            "es": "Conuco y semilla: planificar la producción de la comuna",
            "en": "The conuco and the seed: planning the commune's production",
        },
        "summary": {
            "es": (
                "Para comunidades campesinas: reconstruir el calendario agrícola, ver qué se "
                "produce y qué se compra, y proponer a la asamblea un plan común de semillas, "
                "siembra y venta."
            ),
            "en": (
                "For farming communities: rebuild the farming calendar, see what is produced and "
                "what is bought, and propose to the assembly a common plan for seeds, sowing and "
                "selling."
            ),
        },
        "level": "deepening",
        "themes": ["agriculture", "communal_economy", "planning"],
        "objectives": {
            "es": (
                "<ul>"
                "<li>Construir el calendario agrícola de la comunidad.</li>"
                "<li>Identificar lo que la comunidad produce, lo que compra fuera y lo que "
                "pierde.</li>"
                "<li>Relacionar el problema de la tierra y la semilla con la lectura de "
                "Mariátegui.</li>"
                "<li>Proponer un plan común para la próxima siembra.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Build the community's farming calendar.</li>"
                "<li>Identify what the community produces, what it buys from outside and what "
                "it loses.</li>"
                "<li>Relate the problem of land and seed to the reading of Mariátegui.</li>"
                "<li>Propose a common plan for the next sowing.</li>"
                "</ul>"
            ),
        },
        "local_problem": {
            "es": (
                "<p>En el caserío, cada familia siembra maíz, caraota y yuca en su conuco por su "
                "cuenta. La semilla y el abono se compran caros en el pueblo. Todos cosechan la "
                "misma semana y venden al camión que sube a comprar, al precio que él dice, "
                "porque el maíz no se puede guardar. Parte de la tierra del sector está "
                "ociosa y nadie sabe bien de quién es.</p>"
            ),
            "en": (
                "<p>In the village, each family sows maize, black beans and cassava on its own "
                "smallholding (<i>conuco</i>). Seed and fertiliser are bought at high prices in "
                "town. Everyone harvests the same week and sells to the truck that comes up to "
                "buy, at the price the driver names, because the maize cannot be stored. Part of "
                "the sector's land lies idle and nobody knows for sure who owns it.</p>"
            ),
        },
        "agenda": [
            {
                "minutes": 15,
                "title": {"es": "Bienvenida", "en": "Welcome"},
                "method": {"es": "Ronda", "en": "Round"},
                "materials": {"es": "Ninguno", "en": "None"},
                "instructions": {
                    "es": "<p>Cada persona dice qué siembra y desde hace cuánto.</p>",
                    "en": "<p>Each person says what they grow and for how long.</p>",
                },
            },
            {
                "minutes": 45,
                "title": {"es": "El calendario de la comunidad", "en": "The community's calendar"},
                "method": {
                    "es": "Calendario agrícola colectivo",
                    "en": "Collective farming calendar",
                },
                "materials": {
                    "es": "Pliego con los doce meses, marcadores, semillas reales para señalar",
                    "en": "Sheet with the twelve months, markers, real seeds as markers",
                },
                "instructions": {
                    "es": (
                        "<p>Marquen mes por mes: lluvias y sequía, siembra y cosecha de cada "
                        "cultivo, meses de hambre o de deuda, meses de más trabajo y quién lo "
                        "hace. Pregunte qué ha cambiado en los últimos años.</p>"
                    ),
                    "en": (
                        "<p>Mark month by month: rains and drought, sowing and harvest of each "
                        "crop, months of hunger or debt, months of most work and who does it. "
                        "Ask what has changed in recent years.</p>"
                    ),
                },
            },
            {
                "minutes": 30,
                "title": {"es": "Mariátegui y la tierra", "en": "Mariátegui and the land"},
                "method": {
                    "es": "Lectura en voz alta y diálogo",
                    "en": "Reading aloud and dialogue",
                },
                "materials": {
                    "es": "Copias del resumen de Mariátegui de la biblioteca",
                    "en": "Copies of the library summary of Mariátegui",
                },
                "instructions": {
                    "es": (
                        "<p>Lean las dos citas del resumen. Pregunte: ¿de quién es la tierra que "
                        "trabajamos?, ¿qué costumbres de trabajo en común tenemos todavía?</p>"
                    ),
                    "en": (
                        "<p>Read the two quotations in the summary. Ask: who owns the land we "
                        "work? Which customs of common work do we still have?</p>"
                    ),
                },
            },
            {
                "minutes": 40,
                "title": {
                    "es": "Lo que producimos, lo que compramos",
                    "en": "What we produce, what we buy",
                },
                "method": {"es": "Grupos pequeños", "en": "Small groups"},
                "materials": {"es": "Hojas con dos columnas", "en": "Sheets with two columns"},
                "instructions": {
                    "es": (
                        "<p>Cada grupo hace dos listas: lo que la comunidad produce y lo que "
                        "compra fuera para producir (semilla, abono, herramientas, transporte). "
                        "Marquen con una estrella lo que se podría producir o conseguir en "
                        "común.</p>"
                    ),
                    "en": (
                        "<p>Each group makes two lists: what the community produces, and what it "
                        "buys from outside in order to produce (seed, fertiliser, tools, "
                        "transport). Mark with a star what could be produced or obtained in "
                        "common.</p>"
                    ),
                },
            },
            {
                "minutes": 40,
                "title": {
                    "es": "Una propuesta para la asamblea",
                    "en": "A proposal for the assembly",
                },
                "method": {"es": "Plenaria", "en": "Plenary"},
                "materials": {"es": "Papelógrafo", "en": "Flip chart"},
                "instructions": {
                    "es": (
                        "<p>Con las estrellas, armen una propuesta de dos o tres puntos. Por "
                        "ejemplo: una casa comunal de semillas criollas, sembrar escalonado para "
                        "no cosechar todos la misma semana, vender juntos y buscar dónde "
                        "guardar el grano, averiguar la situación de la tierra ociosa.</p>"
                    ),
                    "en": (
                        "<p>With the stars, put together a proposal of two or three points. For "
                        "example: a communal house of native seeds, staggered sowing so that not "
                        "everyone harvests the same week, selling together and finding "
                        "somewhere to store the grain, finding out the status of the idle "
                        "land.</p>"
                    ),
                },
            },
            {
                "minutes": 10,
                "title": {"es": "Cierre", "en": "Closing"},
                "method": {"es": "Ronda", "en": "Round"},
                "materials": {"es": "Ninguno", "en": "None"},
                "instructions": {
                    "es": "<p>Acuerden quién presenta la propuesta en la asamblea y qué grupo lleva las cuentas de un conuco durante el mes.</p>",
                    "en": "<p>Agree on who presents the proposal to the assembly and which group keeps the accounts of one smallholding for the month.</p>",
                },
            },
        ],
        "facilitator_notes": {
            "es": (
                "<ul>"
                "<li>Respete el conocimiento campesino: quienes siembran saben más que usted "
                "sobre su tierra. Su papel es ordenar y preguntar.</li>"
                "<li>Evite la temporada de siembra o de cosecha: nadie vendrá.</li>"
                "<li>La propiedad de la tierra puede ser un tema de conflicto entre vecinos. "
                "No lo resuelva en el taller: anótelo como asunto para la asamblea.</li>"
                "<li>Si el grupo quiere conocer experiencias de otras comunas con casas de "
                "semillas, pídalas a la red para el próximo encuentro.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Respect peasant knowledge: those who sow know more than you about their "
                "land. Your role is to order and to ask.</li>"
                "<li>Avoid the sowing or harvest season: nobody will come.</li>"
                "<li>Land ownership may be a source of conflict between neighbours. Do not "
                "settle it in the workshop: note it as an item for the assembly.</li>"
                "<li>If the group wants to learn about other communes' experiences with seed "
                "houses, ask the network for them for the next national meeting.</li>"
                "</ul>"
            ),
        },
        "discussion_questions": [
            {
                "es": "¿Por qué vendemos al precio que dice el camión?",
                "en": "Why do we sell at the price the truck names?",
            },
            {
                "es": "¿Qué semillas criollas se han perdido en la comunidad, y quién las guardaba?",
                "en": "Which native seeds have been lost in the community, and who used to keep them?",
            },
            {
                "es": "¿Qué parte de la producción tendría sentido hacer en común y qué parte debe seguir siendo de cada familia?",
                "en": "Which part of production would make sense to do in common, and which should remain each family's?",
            },
            {
                "es": "¿Cómo entra la producción agrícola en el plan de desarrollo de la comuna?",
                "en": "How does agricultural production fit into the commune's development plan?",
            },
        ],
        "follow_up_practice": "accounts",
        "follow_up_notes": {
            "es": (
                "Un grupo lleva las cuentas de un conuco o de la venta conjunta durante un mes. "
                "La propuesta de plan se presenta en la próxima asamblea para acordarla por "
                "partes."
            ),
            "en": (
                "A group keeps the accounts of one smallholding, or of the joint sale, for a "
                "month. The plan proposal is presented at the next assembly to be agreed part by "
                "part."
            ),
        },
    },
    {
        "key": "prepare",
        "slug": {"es": "preparar-un-taller", "en": "preparing-a-workshop"},
        "title": {
            "es": "Preparar un taller de educación popular",
            "en": "Preparing a popular education workshop",
        },
        "summary": {
            "es": (
                "Un taller para quienes empiezan a facilitar en su propio consejo: pasar de un "
                "tema generador a objetivos, diseñar una agenda participativa y ensayarla en "
                "pareja pedagógica con la crítica del grupo."
            ),
            "en": (
                "A workshop for those beginning to facilitate in their own council: move from a "
                "generative theme to objectives, design a participatory agenda and rehearse it "
                "as a teaching pair with the group's critique."
            ),
        },
        "level": "facilitating",
        "themes": ["popular_education", "systematisation"],
        "objectives": {
            "es": (
                "<ul>"
                "<li>Reconocer qué hace que un taller sea participativo y no una charla.</li>"
                "<li>Pasar de un problema de la comunidad a objetivos de aprendizaje.</li>"
                "<li>Diseñar y ensayar una agenda con tiempos, métodos y materiales.</li>"
                "<li>Practicar cómo dar y recibir críticas entre compañeros.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>Recognise what makes a workshop participatory rather than a lecture.</li>"
                "<li>Move from a community problem to learning objectives.</li>"
                "<li>Design and rehearse an agenda with times, methods and materials.</li>"
                "<li>Practise giving and receiving critique among compañeros.</li>"
                "</ul>"
            ),
        },
        "local_problem": {
            "es": (
                "<p>Durante años la formación del consejo dependió de facilitadores que venían "
                "de la ciudad una vez al mes. Cuando dejaron de venir, la formación se detuvo. "
                "La asamblea decidió formar un equipo propio, pero los primeros talleres de los "
                "compañeros del consejo fueron charlas de dos horas en las que solo hablaba "
                "quien facilitaba, y la gente no volvió.</p>"
            ),
            "en": (
                "<p>For years the council's formation depended on facilitators who came from the "
                "city once a month. When they stopped coming, formation stopped. The assembly "
                "decided to form its own team, but the first workshops by council members were "
                "two-hour lectures in which only the facilitator spoke, and people did not come "
                "back.</p>"
            ),
        },
        "agenda": [
            {
                "minutes": 25,
                "title": {
                    "es": "Un buen taller, un mal taller",
                    "en": "A good workshop, a bad workshop",
                },
                "method": {"es": "Rueda de recuerdos", "en": "Round of memories"},
                "materials": {
                    "es": "Papelógrafo dividido en dos",
                    "en": "Flip chart divided in two",
                },
                "instructions": {
                    "es": (
                        "<p>Cada persona recuerda un taller en el que aprendió de verdad y otro "
                        "en el que se aburrió. Anote en dos columnas qué los hacía distintos. "
                        "Esta lista será la guía del diseño.</p>"
                    ),
                    "en": (
                        "<p>Each person remembers a workshop where they really learned and one "
                        "where they were bored. Write down in two columns what made them "
                        "different. This list will guide the design.</p>"
                    ),
                },
            },
            {
                "minutes": 40,
                "title": {
                    "es": "Del tema generador al objetivo",
                    "en": "From generative theme to objective",
                },
                "method": {"es": "Trabajo en parejas pedagógicas", "en": "Work in teaching pairs"},
                "materials": {
                    "es": "Hoja de trabajo: problema, a quién va dirigido, qué queremos que cambie",
                    "en": "Worksheet: problem, who it is for, what we want to change",
                },
                "instructions": {
                    "es": (
                        "<p>Cada pareja elige un problema real del consejo (el agua, la "
                        "basura, la escuela) y responde: ¿quiénes vendrán?, ¿qué saben ya?, ¿qué "
                        "queremos que comprendan, sientan o hagan al salir? Redacten dos o tres "
                        "objetivos con verbos concretos.</p>"
                    ),
                    "en": (
                        "<p>Each pair chooses a real problem of the council (water, rubbish, the "
                        "school) and answers: who will come? what do they already know? what do "
                        "we want them to understand, feel or do when they leave? Write two or "
                        "three objectives with concrete verbs.</p>"
                    ),
                },
            },
            {
                "minutes": 50,
                "title": {"es": "Diseñar la agenda", "en": "Designing the agenda"},
                "method": {
                    "es": "Parejas pedagógicas con plantilla",
                    "en": "Teaching pairs with a template",
                },
                "materials": {
                    "es": "Plantilla de agenda impresa (actividad, minutos, método, materiales, instrucciones)",
                    "en": "Printed agenda template (activity, minutes, method, materials, instructions)",
                },
                "instructions": {
                    "es": (
                        "<p>Cada pareja diseña una agenda de dos a tres horas. Reglas:</p>"
                        "<ul>"
                        "<li>empezar por la experiencia de la gente, no por la teoría;</li>"
                        "<li>ninguna exposición de más de quince minutos;</li>"
                        "<li>al menos un momento en grupos pequeños;</li>"
                        "<li>terminar con acuerdos y una práctica en el territorio;</li>"
                        "<li>prever el cuidado de los niños.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<p>Each pair designs an agenda of two to three hours. Rules:</p>"
                        "<ul>"
                        "<li>start from people's experience, not from theory;</li>"
                        "<li>no presentation longer than fifteen minutes;</li>"
                        "<li>at least one moment in small groups;</li>"
                        "<li>end with agreements and a practice in the territory;</li>"
                        "<li>plan for childcare.</li>"
                        "</ul>"
                    ),
                },
            },
            {
                "minutes": 45,
                "title": {"es": "Ensayo", "en": "Rehearsal"},
                "method": {"es": "Microfacilitación", "en": "Micro-facilitation"},
                "materials": {
                    "es": "Los materiales que cada pareja necesite",
                    "en": "Whatever materials each pair needs",
                },
                "instructions": {
                    "es": (
                        "<p>Cada pareja facilita diez minutos de su agenda al resto del grupo, "
                        "que participa como si fuera la comunidad. Quien coordina controla el "
                        "tiempo con rigor.</p>"
                    ),
                    "en": (
                        "<p>Each pair facilitates ten minutes of its agenda to the rest of the "
                        "group, who take part as if they were the community. The coordinator "
                        "keeps time strictly.</p>"
                    ),
                },
            },
            {
                "minutes": 30,
                "title": {"es": "Crítica entre compañeros", "en": "Critique among compañeros"},
                "method": {"es": "Plenaria", "en": "Plenary"},
                "materials": {
                    "es": "La lista del primer momento",
                    "en": "The list from the first activity",
                },
                "instructions": {
                    "es": (
                        "<p>Después de cada ensayo, el grupo dice primero qué funcionó y luego "
                        "qué cambiaría, usando la lista del primer momento. La pareja escucha "
                        "sin defenderse y anota.</p>"
                    ),
                    "en": (
                        "<p>After each rehearsal, the group first says what worked and then what "
                        "they would change, using the list from the first activity. The pair "
                        "listens without defending itself and takes notes.</p>"
                    ),
                },
            },
            {
                "minutes": 10,
                "title": {"es": "Cierre", "en": "Closing"},
                "method": {"es": "Ronda", "en": "Round"},
                "materials": {"es": "Ninguno", "en": "None"},
                "instructions": {
                    "es": "<p>Cada pareja fija la fecha en que facilitará su taller en el consejo.</p>",
                    "en": "<p>Each pair sets the date on which it will facilitate its workshop in the council.</p>",
                },
            },
        ],
        "facilitator_notes": {
            "es": (
                "<ul>"
                "<li>Este taller se hace con quienes ya participaron en varios talleres y han "
                "leído el resumen de Freire.</li>"
                "<li>Forme parejas que mezclen experiencia y novedad, y mujeres y hombres.</li>"
                "<li>La crítica entre compañeros es difícil. Dé usted el ejemplo recibiendo "
                "críticas sobre su propia facilitación.</li>"
                "<li>Recuerde que formarse como facilitador lleva años: este taller es un paso, "
                "no un certificado.</li>"
                "</ul>"
            ),
            "en": (
                "<ul>"
                "<li>This workshop is for people who have already taken part in several "
                "workshops and have read the summary of Freire.</li>"
                "<li>Form pairs that mix experience and newness, and women and men.</li>"
                "<li>Critique among compañeros is hard. Set the example by receiving critique "
                "of your own facilitation.</li>"
                "<li>Remember that becoming a facilitator takes years: this workshop is a step, "
                "not a certificate.</li>"
                "</ul>"
            ),
        },
        "discussion_questions": [
            {
                "es": "¿Por qué nuestros primeros talleres se convirtieron en charlas?",
                "en": "Why did our first workshops turn into lectures?",
            },
            {
                "es": "¿Cuándo es necesario que quien facilita exponga, y cuándo debe callar?",
                "en": "When does a facilitator need to present, and when should they stay silent?",
            },
            {
                "es": "¿Qué necesita nuestro consejo para no depender de facilitadores de fuera?",
                "en": "What does our council need in order not to depend on facilitators from outside?",
            },
            {
                "es": "¿Cómo registramos lo que aprendemos de cada taller para compartirlo con otros consejos?",
                "en": "How do we record what we learn from each workshop to share it with other councils?",
            },
        ],
        "follow_up_practice": "first_workshop",
        "follow_up_notes": {
            "es": (
                "En los dos meses siguientes, cada pareja facilita su taller en el consejo y lo "
                "evalúa con el grupo. En la próxima sesión del equipo se comparten las "
                "evaluaciones."
            ),
            "en": (
                "In the following two months, each pair facilitates its workshop in the council "
                "and evaluates it with the group. At the team's next session the evaluations are "
                "shared."
            ),
        },
    },
]
