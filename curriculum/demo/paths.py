"""Study paths: stages that point at library materials by key (shared, never copied)."""

STUDY_PATHS = [
    {
        "slug": {"es": "agua-y-organizacion-comunitaria", "en": "water-and-community-organising"},
        "title": {"es": "Agua y organización comunitaria", "en": "Water and community organising"},
        "audience": "participants",
        "level": "starting",
        "intro": {
            "es": (
                "<p>Para vecinas y vecinos que se acercan al consejo porque el agua no llega. El "
                "trayecto parte de ese problema, ayuda a organizarse para resolverlo y abre la "
                "pregunta de fondo: por qué nos organizamos y cómo decidimos juntos.</p>"
                "<p>Se recorre en unos tres meses, con sesiones de fin de semana y cuidado "
                "infantil.</p>"
            ),
            "en": (
                "<p>For neighbours who come to the council because the water does not arrive. "
                "The path starts from that problem, helps people organise to solve it, and opens "
                "the deeper question: why we organise and how we decide together.</p>"
                "<p>It takes about three months, with weekend sessions and childcare.</p>"
            ),
        },
        "stages": [
            {
                "title": {"es": "Partir del problema", "en": "Starting from the problem"},
                "description": {
                    "es": "Reconocer cómo vive cada familia la falta de agua y levantar juntos el mapa del sector.",
                    "en": "Recognise how each family lives with the lack of water and draw the map of the sector together.",
                },
                "materials": ["water", "water_map"],
            },
            {
                "title": {"es": "Por qué nos organizamos", "en": "Why we organise"},
                "description": {
                    "es": "Dos lecturas breves sobre la cooperación y sobre inventar nuestras propias soluciones.",
                    "en": "Two short readings on cooperation and on inventing our own solutions.",
                },
                "materials": ["mutual_aid", "rodriguez"],
            },
            {
                "title": {"es": "Decidir en asamblea", "en": "Deciding in the assembly"},
                "description": {
                    "es": "Llevar el plan a la asamblea y aprender a acordar por partes cuando no hay consenso.",
                    "en": "Take the plan to the assembly and learn to agree part by part when there is no consensus.",
                },
                "materials": ["consensus", "minutes"],
            },
        ],
    },
    {
        "slug": {
            "es": "economia-comunal-y-cooperativismo",
            "en": "communal-economy-and-cooperativism",
        },
        "title": {
            "es": "Economía comunal y cooperativismo",
            "en": "Communal economy and cooperativism",
        },
        "audience": "participants",
        "level": "deepening",
        "intro": {
            "es": (
                "<p>Para quienes trabajan en la pesca, en el conuco o en una unidad productiva "
                "del barrio y quieren que lo producido sirva a la comunidad. Combina la historia "
                "del cooperativismo con el análisis de nuestra propia producción y la práctica de "
                "llevar cuentas claras y compartidas.</p>"
            ),
            "en": (
                "<p>For those who work in fishing, on a smallholding or in a productive unit in "
                "the barrio, and want what is produced to serve the community. It combines the "
                "history of cooperativism with the analysis of our own production and the "
                "practice of keeping clear, shared accounts.</p>"
            ),
        },
        "stages": [
            {
                "title": {"es": "Los principios", "en": "The principles"},
                "description": {
                    "es": "De dónde vienen las cooperativas y por qué la cooperación es una fuerza.",
                    "en": "Where co-operatives come from, and why cooperation is a force.",
                },
                "materials": ["rochdale", "mutual_aid"],
            },
            {
                "title": {
                    "es": "La producción en nuestro territorio",
                    "en": "Production in our territory",
                },
                "description": {
                    "es": "Talleres para la costa y para el campo, y una lectura sobre la tierra y la comunidad. Cada consejo elige el taller que corresponde a su realidad.",
                    "en": "Workshops for the coast and for the countryside, and a reading on land and community. Each council chooses the workshop that fits its reality.",
                },
                "materials": ["fishing", "seeds", "mariategui"],
            },
            {
                "title": {"es": "Cuentas claras", "en": "Clear accounts"},
                "description": {
                    "es": "Llevar y presentar las cuentas de una unidad productiva: sin cuentas compartidas no hay gestión democrática.",
                    "en": "Keep and present the accounts of a productive unit: without shared accounts there is no democratic control.",
                },
                "materials": ["accounts"],
            },
        ],
    },
    {
        "slug": {
            "es": "corrientes-del-pensamiento-socialista",
            "en": "currents-of-socialist-thought",
        },
        "title": {
            "es": "Corrientes del pensamiento socialista",
            "en": "Currents of socialist thought",
        },
        "audience": "facilitators",
        "level": "deepening",
        "intro": {
            "es": (
                "<p>Un trayecto largo para quienes se forman como facilitadores: leer en grupo "
                "las principales corrientes del socialismo, del anarquismo y del pensamiento "
                "latinoamericano, discutir sus debates y preguntarse qué significan para nuestros "
                "consejos. Dominar estas corrientes lleva muchos años; este trayecto es solo el "
                "comienzo.</p>"
            ),
            "en": (
                "<p>A long path for those training as facilitators: reading as a group the main "
                "currents of socialism, anarchism and Latin American thought, discussing their "
                "debates, and asking what they mean for our councils. Mastering these currents "
                "takes many years; this path is only the beginning.</p>"
            ),
        },
        "stages": [
            {
                "title": {"es": "Los orígenes", "en": "The origins"},
                "description": {
                    "es": "Tres textos del siglo XIX y comienzos del XX: la lucha de clases, la unión obrera y la emancipación de la mujer, el apoyo mutuo.",
                    "en": "Three texts from the 19th and early 20th centuries: class struggle, the workers' union and women's emancipation, mutual aid.",
                },
                "materials": ["manifesto", "tristan", "mutual_aid"],
            },
            {
                "title": {"es": "Democracia y organización", "en": "Democracy and organisation"},
                "description": {
                    "es": "¿Quién decide? La libertad de quien piensa distinto, y cómo nuestra asamblea busca consenso y acuerda por partes.",
                    "en": "Who decides? Freedom for the one who thinks differently, and how our assembly seeks consensus and agrees part by part.",
                },
                "materials": ["luxemburg", "consensus"],
            },
            {
                "title": {"es": "Desde nuestra América", "en": "From our America"},
                "description": {
                    "es": "Ni calco ni copia: leer el socialismo desde nuestra propia realidad e inventar nuestras instituciones.",
                    "en": "Neither tracing nor copy: reading socialism from our own reality and inventing our own institutions.",
                },
                "materials": ["mariategui", "rodriguez"],
            },
            {
                "title": {"es": "Aprender de lo vivido", "en": "Learning from what we have lived"},
                "description": {
                    "es": "Sistematizar una experiencia del consejo a la luz de lo leído, con sus errores y sus aciertos.",
                    "en": "Systematise an experience of the council in the light of the readings, with its errors and its successes.",
                },
                "materials": ["systematise"],
            },
        ],
    },
    {
        "slug": {
            "es": "educacion-popular-formar-facilitadores",
            "en": "popular-education-training-facilitators",
        },
        "title": {
            "es": "Educación popular: formar facilitadores",
            "en": "Popular education: training facilitators",
        },
        "audience": "facilitators",
        "level": "facilitating",
        "intro": {
            "es": (
                "<p>Para que cada consejo forme su propio equipo de facilitación en lugar de "
                "depender de visitantes de fuera. Combina lecturas de educación popular con la "
                "preparación de talleres, la facilitación en pareja y la sistematización de lo "
                "aprendido. Es un camino de años, acompañado por la red.</p>"
            ),
            "en": (
                "<p>So that each council forms its own facilitation team instead of depending on "
                "visitors from outside. It combines readings on popular education with preparing "
                "workshops, facilitating in pairs and systematising what has been learned. It is "
                "a path of years, accompanied by the network.</p>"
            ),
        },
        "stages": [
            {
                "title": {"es": "Aprender juntos", "en": "Learning together"},
                "description": {
                    "es": "Las bases: educar en diálogo y enseñar a preguntar.",
                    "en": "The foundations: educating through dialogue and teaching people to ask questions.",
                },
                "materials": ["freire", "rodriguez"],
            },
            {
                "title": {"es": "Preparar un taller", "en": "Preparing a workshop"},
                "description": {
                    "es": "Diseñar y ensayar un taller, y mirar quién facilita y quién no en nuestro consejo.",
                    "en": "Design and rehearse a workshop, and look at who facilitates and who does not in our council.",
                },
                "materials": ["prepare", "gap"],
            },
            {
                "title": {"es": "Facilitar en la comunidad", "en": "Facilitating in the community"},
                "description": {
                    "es": "El primer taller en pareja pedagógica y el conteo de la brecha en el propio consejo.",
                    "en": "The first workshop as a teaching pair, and counting the gap in one's own council.",
                },
                "materials": ["first_workshop", "gap_count"],
            },
            {
                "title": {"es": "Sistematizar y compartir", "en": "Systematising and sharing"},
                "description": {
                    "es": "Ordenar la experiencia, con sus errores y aciertos, para compartirla en el encuentro de la red.",
                    "en": "Order the experience, with its errors and successes, to share it at the network's national meeting.",
                },
                "materials": ["systematise"],
            },
        ],
    },
]
