"""Practice assignments: work in the territory, brought back with evidence and a written reflection."""

PRACTICES = [
    {
        "key": "water_map",
        "slug": {"es": "mapa-del-agua", "en": "water-map"},
        "title": {
            "es": "Levantar el mapa del agua del sector",
            "en": "Drawing the water map of the sector",
        },
        "summary": {
            "es": (
                "Recorrer el sector con otras vecinas y vecinos para dibujar por dónde llega el "
                "agua, dónde no llega, cuántas familias la reciben y con qué frecuencia. El mapa "
                "es la base para que la asamblea decida con datos propios."
            ),
            "en": (
                "Walk the sector with other neighbours to draw where the water arrives, where it "
                "does not, how many families receive it and how often. The map is the basis for "
                "the assembly to decide with its own data."
            ),
        },
        "level": "starting",
        "themes": ["water", "health", "planning"],
        "estimated_hours": 6,
        "task": {
            "es": (
                "<p>En grupos de tres personas, recorran una parte del sector durante una "
                "mañana de fin de semana. Lleven el croquis de calles que hicieron en el taller "
                "y marquen en él:</p>"
                "<ul>"
                "<li>las tuberías, tanques, pilas y tomas que conozcan, y si funcionan;</li>"
                "<li>las casas que reciben agua por tubería, por camión cisterna o de ninguna "
                "manera, y cada cuántos días;</li>"
                "<li>los botes y las fugas visibles;</li>"
                "<li>dónde hay niños con diarrea o enfermedades de la piel en las últimas semanas, "
                "si las familias quieren contarlo (sin anotar nombres).</li>"
                "</ul>"
                "<p>Pregunten siempre con respeto y expliquen para qué es el mapa. Nadie está "
                "obligado a responder. Al final, junten los pedazos del mapa en uno solo.</p>"
            ),
            "en": (
                "<p>In groups of three, walk a part of the sector on a weekend morning. Take the "
                "street sketch you made in the workshop and mark on it:</p>"
                "<ul>"
                "<li>the pipes, tanks, standpipes and taps you know of, and whether they "
                "work;</li>"
                "<li>the houses that get water by pipe, by tanker truck or not at all, and how "
                "many days apart;</li>"
                "<li>visible leaks and burst pipes;</li>"
                "<li>where children have had diarrhoea or skin conditions in recent weeks, if "
                "families want to say so (without writing down names).</li>"
                "</ul>"
                "<p>Always ask respectfully and explain what the map is for. Nobody has to "
                "answer. At the end, put the pieces of the map together into one.</p>"
            ),
        },
        "expected_evidence": {
            "es": (
                "<ul>"
                "<li>El mapa del sector, en papel, con una leyenda que cualquiera pueda "
                "entender.</li>"
                "<li>Un conteo sencillo: cuántas familias reciben agua por tubería, por cisterna "
                "o no la reciben.</li>"
                "<li>Una reflexión escrita de media página de cada participante: qué vio, qué le "
                "sorprendió, qué haría ahora.</li>"
                "</ul>"
                "<p>Una vecina o un vecino que acompañó el recorrido puede dar fe de la "
                "práctica; no hace falta firma de ninguna institución.</p>"
            ),
            "en": (
                "<ul>"
                "<li>The map of the sector, on paper, with a key anyone can understand.</li>"
                "<li>A simple count: how many families get water by pipe, by tanker, or not at "
                "all.</li>"
                "<li>A written reflection of half a page from each participant: what they saw, "
                "what surprised them, what they would do now.</li>"
                "</ul>"
                "<p>A neighbour who walked with you can vouch for the practice; no institution's "
                "signature is needed.</p>"
            ),
        },
        "reflection_prompts": [
            {
                "es": "¿Qué parte del sector conocía menos de lo que creía?",
                "en": "Which part of the sector did you know less well than you thought?",
            },
            {
                "es": "¿Quiénes cargan el agua cuando no llega? ¿Cuánto tiempo les cuesta?",
                "en": "Who carries the water when it does not arrive? How much time does it cost them?",
            },
            {
                "es": "¿Qué dato del mapa debería conocer primero la asamblea?",
                "en": "Which fact on the map should the assembly learn first?",
            },
        ],
    },
    {
        "key": "minutes",
        "slug": {"es": "acta-por-partes", "en": "minutes-part-by-part"},
        "title": {
            "es": "Llevar el acta de una asamblea que acuerda por partes",
            "en": "Keeping the minutes of an assembly that agrees part by part",
        },
        "summary": {
            "es": (
                "Tomar el acta de una asamblea real del consejo dejando claro qué partes del "
                "asunto se acordaron, cuándo y cómo, y cuáles siguen en debate. Un acta así "
                "permite retomar la discusión sin empezar de cero."
            ),
            "en": (
                "Take the minutes of a real council assembly, making clear which parts of the "
                "issue were agreed, when and how, and which are still under debate. Minutes like "
                "that allow the discussion to resume without starting from scratch."
            ),
        },
        "level": "deepening",
        "themes": ["assembly", "planning", "housing"],
        "estimated_hours": 4,
        "task": {
            "es": (
                "<p>Ofrézcase, con otra persona, para llevar el acta de la próxima asamblea de "
                "ciudadanos y ciudadanas. Antes de la asamblea, prepare una hoja con el asunto "
                "principal dividido en las partes que se van a discutir (por ejemplo, en un plan "
                "de vivienda: criterios para priorizar familias, lista de materiales, "
                "organización de las cuadrillas, calendario).</p>"
                "<p>Durante la asamblea anote para cada parte:</p>"
                "<ol>"
                "<li>las propuestas que se hicieron, sin nombres si la gente lo prefiere;</li>"
                "<li>si hubo consenso, y con qué redacción exacta;</li>"
                "<li>si no lo hubo, cuáles son los desacuerdos y qué información falta;</li>"
                "<li>quién se encarga de qué y para cuándo.</li>"
                "</ol>"
                "<p>Lea el acta en voz alta al final de la asamblea para que todas y todos "
                "confirmen que refleja lo ocurrido.</p>"
            ),
            "en": (
                "<p>Volunteer, with another person, to take the minutes of the next citizens' "
                "assembly. Before the assembly, prepare a sheet with the main issue divided into "
                "the parts that will be discussed (for example, in a housing plan: criteria for "
                "prioritising families, list of materials, organisation of the work crews, "
                "timetable).</p>"
                "<p>During the assembly, write down for each part:</p>"
                "<ol>"
                "<li>the proposals that were made, without names if people prefer;</li>"
                "<li>whether there was consensus, and in what exact wording;</li>"
                "<li>if there was none, what the disagreements are and what information is "
                "missing;</li>"
                "<li>who takes charge of what, and by when.</li>"
                "</ol>"
                "<p>Read the minutes aloud at the end of the assembly so that everyone confirms "
                "they reflect what happened.</p>"
            ),
        },
        "expected_evidence": {
            "es": (
                "<ul>"
                "<li>El acta, con las partes acordadas y las pendientes bien separadas.</li>"
                "<li>La fecha en que se acordó cada parte.</li>"
                "<li>Una reflexión escrita sobre lo que fue difícil de anotar y por qué.</li>"
                "</ul>"
                "<p>Otro miembro del consejo que estuvo en la asamblea puede dar fe de que el "
                "acta se leyó y se aprobó.</p>"
            ),
            "en": (
                "<ul>"
                "<li>The minutes, with the agreed parts and the pending ones clearly "
                "separated.</li>"
                "<li>The date on which each part was agreed.</li>"
                "<li>A written reflection on what was hard to record, and why.</li>"
                "</ul>"
                "<p>Another council member who was at the assembly can vouch that the minutes "
                "were read and approved.</p>"
            ),
        },
        "reflection_prompts": [
            {
                "es": "¿Dividir el asunto en partes ayudó a llegar a acuerdos? ¿En qué parte no?",
                "en": "Did dividing the issue into parts help reach agreements? In which part did it not?",
            },
            {
                "es": "¿Hubo voces que no quedaron en el acta? ¿Por qué?",
                "en": "Were there voices that did not make it into the minutes? Why?",
            },
            {
                "es": "¿Qué necesita la asamblea para retomar las partes pendientes?",
                "en": "What does the assembly need in order to take up the pending parts again?",
            },
        ],
    },
    {
        "key": "accounts",
        "slug": {"es": "cuentas-claras", "en": "clear-accounts"},
        "title": {
            "es": "Cuentas claras de una unidad productiva",
            "en": "Clear accounts for a productive unit",
        },
        "summary": {
            "es": (
                "Durante un mes, llevar con la cooperativa o unidad productiva un cuaderno de "
                "costos, ventas y reparto, y presentarlo a sus miembros. Sin cuentas claras y "
                "compartidas no hay gestión democrática."
            ),
            "en": (
                "For a month, keep a notebook of costs, sales and sharing with the co-operative "
                "or productive unit, and present it to its members. Without clear, shared "
                "accounts there is no democratic control."
            ),
        },
        "level": "deepening",
        "themes": ["communal_economy", "cooperativism", "fishing", "agriculture"],
        "estimated_hours": 10,
        "task": {
            "es": (
                "<p>Elija con su grupo una unidad productiva del territorio: una lancha de la "
                "cooperativa pesquera, un conuco colectivo, una panadería comunal. Con el "
                "acuerdo de sus miembros, lleven durante cuatro semanas un cuaderno con tres "
                "columnas:</p>"
                "<ul>"
                "<li><b>Lo que cuesta:</b> combustible, hielo, carnada, semilla, abono, harina, "
                "reparaciones, transporte.</li>"
                "<li><b>Lo que entra:</b> cuánto se vendió, a quién y a qué precio.</li>"
                "<li><b>Cómo se reparte:</b> cuánto va a cada miembro, cuánto al fondo común y "
                "cuánto a la comunidad.</li>"
                "</ul>"
                "<p>Al final del mes, presenten las cuentas en una reunión de la unidad, con "
                "números grandes en papelógrafo, y pregunten si el reparto es justo.</p>"
            ),
            "en": (
                "<p>Choose with your group a productive unit in the territory: a boat of the "
                "fishing co-operative, a collective smallholding, a communal bakery. With the "
                "agreement of its members, keep for four weeks a notebook with three "
                "columns:</p>"
                "<ul>"
                "<li><b>What it costs:</b> fuel, ice, bait, seed, fertiliser, flour, repairs, "
                "transport.</li>"
                "<li><b>What comes in:</b> how much was sold, to whom and at what price.</li>"
                "<li><b>How it is shared:</b> how much goes to each member, how much to the "
                "common fund and how much to the community.</li>"
                "</ul>"
                "<p>At the end of the month, present the accounts at a meeting of the unit, with "
                "large numbers on flip-chart paper, and ask whether the sharing is fair.</p>"
            ),
        },
        "expected_evidence": {
            "es": (
                "<ul>"
                "<li>El cuaderno de cuentas de las cuatro semanas (o una copia).</li>"
                "<li>Las notas de la reunión en que se presentaron.</li>"
                "<li>Una reflexión escrita: qué descubrió la unidad sobre sus propias "
                "cuentas.</li>"
                "</ul>"
                "<p>Dos miembros de la unidad productiva pueden dar fe de la práctica.</p>"
            ),
            "en": (
                "<ul>"
                "<li>The account book for the four weeks (or a copy).</li>"
                "<li>The notes of the meeting where the accounts were presented.</li>"
                "<li>A written reflection: what the unit discovered about its own "
                "accounts.</li>"
                "</ul>"
                "<p>Two members of the productive unit can vouch for the practice.</p>"
            ),
        },
        "reflection_prompts": [
            {
                "es": "¿Qué costo era invisible antes de llevar las cuentas?",
                "en": "Which cost was invisible before the accounts were kept?",
            },
            {
                "es": "¿Quién fija el precio de lo que vendemos? ¿Podríamos cambiarlo?",
                "en": "Who sets the price of what we sell? Could we change that?",
            },
            {
                "es": "¿Cómo reaccionaron los miembros al ver las cuentas? ¿Cambió la confianza?",
                "en": "How did the members react when they saw the accounts? Did trust change?",
            },
            {
                "es": "¿Qué principio de Rochdale se cumple y cuál no en esta unidad?",
                "en": "Which Rochdale principle is respected in this unit, and which is not?",
            },
        ],
    },
    {
        "key": "gap_count",
        "slug": {"es": "contar-la-brecha", "en": "counting-the-gap"},
        "title": {
            "es": "Contar la brecha: quién participa y quién coordina en nuestro consejo",
            "en": "Counting the gap: who takes part and who coordinates in our council",
        },
        "summary": {
            "es": (
                "Con las actas y listas de asistencia de los últimos meses, contar cuántas "
                "mujeres y cuántos hombres asisten, hablan, facilitan y ocupan vocerías. Ver la "
                "brecha en nuestros propios números es el primer paso para cerrarla."
            ),
            "en": (
                "Using the minutes and attendance lists of recent months, count how many women "
                "and how many men attend, speak, facilitate and hold spokesperson posts. Seeing "
                "the gap in our own numbers is the first step to closing it."
            ),
        },
        "level": "starting",
        "themes": ["women", "assembly"],
        "estimated_hours": 5,
        "task": {
            "es": (
                "<p>Con el permiso del consejo, revisen las listas de asistencia y las actas de "
                "los últimos seis meses. Cuenten, separando mujeres y hombres:</p>"
                "<ul>"
                "<li>cuántas personas asistieron a cada asamblea y jornada de trabajo;</li>"
                "<li>quiénes intervinieron o hicieron propuestas, según el acta;</li>"
                "<li>quiénes facilitaron talleres o reuniones;</li>"
                "<li>quiénes ocupan vocerías y coordinaciones de comités.</li>"
                "</ul>"
                "<p>No anoten nombres: solo cantidades. Después, conversen con cinco compañeras "
                "que asisten pero no han asumido cargos y pregúntenles qué se lo impide "
                "(horario, cuidado de los hijos, distancia, cómo se las trata en las "
                "reuniones).</p>"
            ),
            "en": (
                "<p>With the council's permission, go through the attendance lists and minutes "
                "of the last six months. Count, separating women and men:</p>"
                "<ul>"
                "<li>how many people attended each assembly and work day;</li>"
                "<li>who spoke or made proposals, according to the minutes;</li>"
                "<li>who facilitated workshops or meetings;</li>"
                "<li>who holds spokesperson posts and committee coordination.</li>"
                "</ul>"
                "<p>Do not write down names: only numbers. Then talk with five women who attend "
                "but have not taken on a post and ask them what stops them (schedule, childcare, "
                "distance, how they are treated in meetings).</p>"
            ),
        },
        "expected_evidence": {
            "es": (
                "<ul>"
                "<li>Una tabla sencilla con los cuatro conteos, separados por mujeres y "
                "hombres.</li>"
                "<li>Un resumen, sin nombres, de lo que dijeron las cinco compañeras.</li>"
                "<li>Una propuesta concreta para presentar a la asamblea (por ejemplo, cuidado "
                "infantil en cada sesión o vocerías compartidas).</li>"
                "</ul>"
                "<p>Un miembro del consejo que haya revisado los conteos puede dar fe de la "
                "práctica.</p>"
            ),
            "en": (
                "<ul>"
                "<li>A simple table with the four counts, separated by women and men.</li>"
                "<li>A summary, without names, of what the five women said.</li>"
                "<li>A concrete proposal to present to the assembly (for example, childcare at "
                "every session, or shared spokesperson posts).</li>"
                "</ul>"
                "<p>A council member who has checked the counts can vouch for the "
                "practice.</p>"
            ),
        },
        "reflection_prompts": [
            {
                "es": "¿Qué número le sorprendió más? ¿Por qué?",
                "en": "Which number surprised you most? Why?",
            },
            {
                "es": "¿Qué obstáculos mencionaron las compañeras que el consejo podría quitar pronto?",
                "en": "Which obstacles mentioned by the women could the council remove soon?",
            },
            {
                "es": "¿Cómo presentar estos números en la asamblea sin que nadie se sienta acusado?",
                "en": "How can these numbers be presented to the assembly without anyone feeling accused?",
            },
        ],
    },
    {
        "key": "first_workshop",
        "slug": {"es": "primer-taller-en-pareja", "en": "first-workshop-in-pairs"},
        "title": {
            "es": "Facilitar un primer taller en pareja pedagógica",
            "en": "Facilitating a first workshop as a teaching pair",
        },
        "summary": {
            "es": (
                "Preparar y facilitar, junto con una persona con más experiencia, un taller de "
                "la biblioteca en su propio consejo, y evaluarlo después con el grupo. Es el "
                "paso en que quien participa empieza a formarse como facilitador o "
                "facilitadora."
            ),
            "en": (
                "Prepare and facilitate, together with a more experienced person, a library "
                "workshop in your own council, and evaluate it afterwards with the group. It is "
                "the step where a participant begins training as a facilitator."
            ),
        },
        "level": "facilitating",
        "themes": ["popular_education", "women"],
        "estimated_hours": 12,
        "task": {
            "es": (
                "<p>Elija con su pareja pedagógica un taller de la biblioteca que responda a un "
                "problema actual del consejo. Procuren que la pareja no sea de dos hombres: la "
                "facilitación también es una responsabilidad que hay que repartir.</p>"
                "<ol>"
                "<li>Adapten el taller a la comunidad: cambien ejemplos, tiempos y materiales "
                "según el territorio.</li>"
                "<li>Repártanse las actividades: cada quien conduce al menos dos.</li>"
                "<li>Organicen la convocatoria para un fin de semana y aseguren el cuidado de "
                "los niños y las niñas durante la sesión.</li>"
                "<li>Faciliten el taller.</li>"
                "<li>Dediquen los últimos quince minutos a que el grupo evalúe el taller: qué "
                "sirvió, qué no, qué cambiaría.</li>"
                "</ol>"
                "<p>Una semana después, reúnanse los dos para revisar la evaluación y sus propias "
                "notas.</p>"
            ),
            "en": (
                "<p>Choose with your teaching partner a library workshop that responds to a "
                "current problem of the council. Try not to form a pair of two men: "
                "facilitation is also a responsibility that must be shared.</p>"
                "<ol>"
                "<li>Adapt the workshop to the community: change examples, times and materials "
                "to suit the territory.</li>"
                "<li>Divide the activities: each of you leads at least two.</li>"
                "<li>Organise the invitation for a weekend, and make sure there is childcare "
                "for the children during the session.</li>"
                "<li>Facilitate the workshop.</li>"
                "<li>Spend the last fifteen minutes with the group evaluating the workshop: what "
                "was useful, what was not, what they would change.</li>"
                "</ol>"
                "<p>A week later, meet as a pair to go over the evaluation and your own "
                "notes.</p>"
            ),
        },
        "expected_evidence": {
            "es": (
                "<ul>"
                "<li>La versión adaptada del taller, con los cambios marcados.</li>"
                "<li>La lista de asistencia (solo cantidades de mujeres y hombres) y las notas "
                "de la evaluación del grupo.</li>"
                "<li>Una reflexión escrita de una página sobre su propio papel como "
                "facilitador o facilitadora.</li>"
                "</ul>"
                "<p>Su pareja pedagógica y dos participantes pueden dar fe del taller.</p>"
            ),
            "en": (
                "<ul>"
                "<li>The adapted version of the workshop, with the changes marked.</li>"
                "<li>The attendance list (only numbers of women and men) and the notes of the "
                "group's evaluation.</li>"
                "<li>A one-page written reflection on your own role as a facilitator.</li>"
                "</ul>"
                "<p>Your teaching partner and two participants can vouch for the workshop.</p>"
            ),
        },
        "reflection_prompts": [
            {
                "es": "¿En qué momento del taller sintió que el grupo se apropió de la discusión?",
                "en": "At what moment of the workshop did you feel the group took ownership of the discussion?",
            },
            {
                "es": "¿Cuándo habló usted más de lo necesario?",
                "en": "When did you talk more than necessary?",
            },
            {
                "es": "¿Qué aprendió de su pareja pedagógica?",
                "en": "What did you learn from your teaching partner?",
            },
            {
                "es": "¿Qué necesita estudiar o practicar antes de facilitar de nuevo?",
                "en": "What do you need to study or practise before facilitating again?",
            },
        ],
    },
    {
        "key": "systematise",
        "slug": {"es": "sistematizar-una-experiencia", "en": "systematising-an-experience"},
        "title": {
            "es": "Sistematizar una experiencia del consejo: aciertos y errores",
            "en": "Systematising a council experience: successes and errors",
        },
        "summary": {
            "es": (
                "Reconstruir con quienes la vivieron una experiencia del consejo (una jornada, "
                "un proyecto, un conflicto), ordenar lo que pasó, interpretar por qué y "
                "escribirlo para compartirlo con otros consejos en el próximo encuentro."
            ),
            "en": (
                "Rebuild, with those who lived it, an experience of the council (a work day, a "
                "project, a conflict), order what happened, interpret why, and write it up to "
                "share with other councils at the next national meeting."
            ),
        },
        "level": "facilitating",
        "themes": ["systematisation", "popular_education", "planning"],
        "estimated_hours": 15,
        "task": {
            "es": (
                "<p>Elijan una experiencia terminada del consejo que valga la pena compartir, "
                "haya salido bien o mal: la reparación de la tubería, la cooperativa que se "
                "deshizo, el plan de vivienda. Sigan cinco pasos:</p>"
                "<ol>"
                "<li><b>Punto de partida:</b> reúnan a quienes participaron (al menos cinco "
                "personas, no solo la coordinación).</li>"
                "<li><b>Preguntas iniciales:</b> acuerden qué quieren aprender de la "
                "experiencia.</li>"
                "<li><b>Recuperar lo vivido:</b> reconstruyan en una línea de tiempo qué pasó, "
                "cuándo y quién participó.</li>"
                "<li><b>Reflexión de fondo:</b> pregúntense por qué pasó lo que pasó, qué "
                "funcionó, qué falló y qué harían distinto.</li>"
                "<li><b>Puntos de llegada:</b> escriban las lecciones y compártanlas.</li>"
                "</ol>"
            ),
            "en": (
                "<p>Choose a finished experience of the council that is worth sharing, whether "
                "it went well or badly: the pipe repair, the co-operative that fell apart, the "
                "housing plan. Follow five steps:</p>"
                "<ol>"
                "<li><b>Starting point:</b> bring together those who took part (at least five "
                "people, not only the coordinators).</li>"
                "<li><b>Initial questions:</b> agree on what you want to learn from the "
                "experience.</li>"
                "<li><b>Recovering what was lived:</b> rebuild on a timeline what happened, when "
                "and who took part.</li>"
                "<li><b>In-depth reflection:</b> ask why what happened happened, what worked, "
                "what failed and what you would do differently.</li>"
                "<li><b>Points of arrival:</b> write down the lessons and share them.</li>"
                "</ol>"
            ),
        },
        "expected_evidence": {
            "es": (
                "<ul>"
                "<li>La línea de tiempo de la experiencia.</li>"
                "<li>Un documento de dos a cuatro páginas con lo que se hizo, lo que funcionó, lo "
                "que falló y por qué, escrito para que otro consejo lo entienda.</li>"
                "<li>Una reflexión personal sobre cómo condujo el proceso.</li>"
                "</ul>"
                "<p>Las personas que participaron en la sistematización pueden dar fe de la "
                "práctica.</p>"
            ),
            "en": (
                "<ul>"
                "<li>The timeline of the experience.</li>"
                "<li>A document of two to four pages on what was done, what worked, what failed "
                "and why, written so that another council can understand it.</li>"
                "<li>A personal reflection on how you led the process.</li>"
                "</ul>"
                "<p>The people who took part in the systematisation can vouch for the "
                "practice.</p>"
            ),
        },
        "reflection_prompts": [
            {
                "es": "¿Fue fácil hablar de los errores? ¿Qué ayudó a hacerlo sin buscar culpables?",
                "en": "Was it easy to talk about the errors? What helped to do it without looking for someone to blame?",
            },
            {
                "es": "¿Las versiones de los participantes coincidían? ¿Qué hizo con las diferencias?",
                "en": "Did the participants' accounts agree? What did you do with the differences?",
            },
            {
                "es": "¿Qué lección le sería útil a un consejo de otra realidad (costa, campo, ciudad)?",
                "en": "Which lesson would be useful to a council in a different reality (coast, countryside, city)?",
            },
        ],
    },
]
