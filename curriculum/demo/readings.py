"""Readings: public-domain works presented, summarised and briefly quoted by the network's team.

Works still under copyright (Paulo Freire) are only summarised, never quoted at length.
"""

READINGS = [
    {
        "key": "mutual_aid",
        "slug": {"es": "el-apoyo-mutuo", "en": "mutual-aid"},
        "title": {
            "es": "Kropotkin: el apoyo mutuo como factor de la evolución",
            "en": "Kropotkin: mutual aid as a factor of evolution",
        },
        "summary": {
            "es": (
                "Kropotkin mostró, frente a quienes decían que la vida es solo competencia, que "
                "la cooperación es lo que permite sobrevivir a las especies y a los pueblos. Una "
                "lectura para empezar a pensar por qué nos organizamos."
            ),
            "en": (
                "Against those who said that life is only competition, Kropotkin showed that "
                "cooperation is what allows species and peoples to survive. A reading to start "
                "thinking about why we organise."
            ),
        },
        "level": "starting",
        "themes": ["anarchism", "mutual_aid", "cooperativism"],
        "author": {"es": "Piotr Kropotkin", "en": "Peter Kropotkin"},
        "work": {
            "es": "El apoyo mutuo: un factor de la evolución",
            "en": "Mutual Aid: A Factor of Evolution",
        },
        "year": 1902,
        "estimated_minutes": 40,
        "body": {
            "es": (
                "<p><i>Presentación y resumen del equipo de la red. Las citas son traducción "
                "del equipo del original de 1902, que es de dominio público.</i></p>"
                "<p>Piotr Kropotkin (1842–1921) fue geógrafo y naturalista antes que "
                "revolucionario. Entre 1862 y 1867 recorrió Siberia y no encontró allí la "
                "«lucha de todos contra todos» que muchos lectores de Darwin daban por ley de "
                "la naturaleza: encontró manadas que se defienden juntas, aves que migran en "
                "bandada, animales que sobreviven al invierno porque se agrupan.</p>"
                "<p>En 1888 el biólogo Thomas Huxley publicó un ensayo en el que presentaba la "
                "vida como una competencia sin tregua. Kropotkin le respondió con una serie de "
                "artículos que en 1902 reunió en este libro. Su tesis es sencilla: la ayuda "
                "mutua es un factor de la evolución tan importante como la lucha, y las especies "
                "que mejor cooperan son las que prosperan.</p>"
                "<blockquote>«¡No compitan! La competencia siempre es dañina para la especie, y "
                "ustedes tienen muchos recursos para evitarla.» [...] «Únanse: practiquen el "
                "apoyo mutuo. Es el medio más seguro de dar a cada uno y a todos la mayor "
                "seguridad.»</blockquote>"
                "<p>El libro avanza de los animales a los seres humanos: las comunidades de "
                "aldea que trabajaban la tierra en común, los gremios y las ciudades libres de la "
                "Edad Media y, en su propio tiempo, los sindicatos, las cooperativas, las "
                "sociedades de socorro y la ayuda entre vecinos pobres. Para Kropotkin, el "
                "Estado moderno y el mercado destruyeron muchas de esas instituciones, pero el "
                "apoyo mutuo nunca desapareció: sobrevive en la vida diaria de la gente "
                "trabajadora.</p>"
                "<h3>Por qué lo leemos en el consejo comunal</h3>"
                "<ul>"
                "<li>Porque nuestras comunidades ya practican el apoyo mutuo: la cayapa para "
                "techar una casa, la olla común, la vecina que cuida a los niños de otra.</li>"
                "<li>Porque discute la idea de que la gente es egoísta por naturaleza y que por "
                "eso nada colectivo funciona.</li>"
                "<li>Porque es una puerta de entrada al anarquismo y al cooperativismo, dos "
                "corrientes que volveremos a encontrar en otros trayectos.</li>"
                "</ul>"
            ),
            "en": (
                "<p><i>Introduction and summary by the network's team. The quotations are the "
                "team's translation of the 1902 original, which is in the public domain.</i></p>"
                "<p>Peter Kropotkin (1842–1921) was a geographer and naturalist before he was a "
                "revolutionary. Between 1862 and 1867 he travelled across Siberia and did not "
                "find there the “war of all against all” that many readers of Darwin took to be "
                "a law of nature: he found herds that defend themselves together, birds that "
                "migrate in flocks, animals that survive the winter because they gather.</p>"
                "<p>In 1888 the biologist Thomas Huxley published an essay presenting life as "
                "relentless competition. Kropotkin answered with a series of articles that he "
                "collected in this book in 1902. His thesis is simple: mutual aid is a factor of "
                "evolution as important as struggle, and the species that cooperate best are the "
                "ones that thrive.</p>"
                "<blockquote>“Don't compete! Competition is always injurious to the species, and "
                "you have plenty of resources to avoid it!” [...] “Therefore combine: practise "
                "mutual aid! That is the surest means of giving to each and to all the greatest "
                "safety.”</blockquote>"
                "<p>The book moves from animals to human beings: the village communities that "
                "worked the land in common, the guilds and free cities of the Middle Ages and, in "
                "his own time, trade unions, co-operatives, friendly societies and help among "
                "poor neighbours. For Kropotkin, the modern State and the market destroyed many "
                "of those institutions, but mutual aid never disappeared: it survives in the "
                "daily life of working people.</p>"
                "<h3>Why we read it in the communal council</h3>"
                "<ul>"
                "<li>Because our communities already practise mutual aid: the <i>cayapa</i> to "
                "roof a house, the common pot, the neighbour who looks after another's "
                "children.</li>"
                "<li>Because it challenges the idea that people are selfish by nature and that "
                "nothing collective can therefore work.</li>"
                "<li>Because it is a way into anarchism and cooperativism, two currents we will "
                "meet again in other paths.</li>"
                "</ul>"
            ),
        },
        "questions": [
            {
                "es": "¿Qué ejemplos de apoyo mutuo existen hoy en nuestra comunidad, aunque nadie los llame así?",
                "en": "What examples of mutual aid exist in our community today, even if nobody calls them that?",
            },
            {
                "es": "¿Qué instituciones o costumbres de ayuda se han perdido en el barrio o en el caserío, y por qué?",
                "en": "Which institutions or customs of mutual help have been lost in the barrio or the village, and why?",
            },
            {
                "es": "¿Está de acuerdo con que la competencia daña a la comunidad? ¿Hay casos en que ayude?",
                "en": "Do you agree that competition harms the community? Are there cases where it helps?",
            },
            {
                "es": "¿Cómo podría el consejo comunal apoyarse en esas prácticas en lugar de reemplazarlas?",
                "en": "How could the communal council build on those practices instead of replacing them?",
            },
        ],
    },
    {
        "key": "manifesto",
        "slug": {"es": "manifiesto-comunista", "en": "communist-manifesto"},
        "title": {
            "es": "Marx y Engels: el Manifiesto del Partido Comunista",
            "en": "Marx and Engels: the Manifesto of the Communist Party",
        },
        "summary": {
            "es": (
                "El texto más leído del socialismo, escrito en 1848 para una pequeña liga de "
                "trabajadores. Lo leemos por partes para entender qué es la lucha de clases y "
                "qué proponían sus autores, y para discutirlo desde nuestra realidad."
            ),
            "en": (
                "The most widely read text of socialism, written in 1848 for a small league of "
                "workers. We read it in parts to understand what class struggle is and what its "
                "authors proposed, and to discuss it from our own reality."
            ),
        },
        "level": "deepening",
        "themes": ["socialism", "communal_economy"],
        "author": {"es": "Karl Marx y Friedrich Engels", "en": "Karl Marx and Friedrich Engels"},
        "work": {
            "es": "Manifiesto del Partido Comunista",
            "en": "Manifesto of the Communist Party",
        },
        "year": 1848,
        "estimated_minutes": 90,
        "body": {
            "es": (
                "<p><i>Guía de lectura y resumen del equipo de la red. Las citas son traducción "
                "del equipo del original alemán de 1848, de dominio público.</i></p>"
                "<p>A finales de 1847 la Liga de los Comunistas, una organización pequeña de "
                "artesanos y obreros emigrados, encargó a Karl Marx y Friedrich Engels un "
                "programa. El resultado, publicado en Londres en febrero de 1848, es un folleto "
                "de pocas páginas que abre así:</p>"
                "<blockquote>«La historia de todas las sociedades que han existido hasta hoy es "
                "la historia de la lucha de clases.»</blockquote>"
                "<h3>Las cuatro partes</h3>"
                "<ol>"
                "<li><b>Burgueses y proletarios.</b> La burguesía revolucionó la producción y "
                "creó un mercado mundial, pero convirtió todo en mercancía, también el trabajo "
                "humano. Al reunir a miles de obreros en las fábricas, creó sin quererlo a la "
                "clase que puede superarla.</li>"
                "<li><b>Proletarios y comunistas.</b> Los autores proponen abolir la propiedad "
                "privada de los medios de producción, no la de los objetos de uso personal, y "
                "enumeran medidas concretas, entre ellas la educación pública y gratuita para "
                "todos los niños y el fin del trabajo infantil en las fábricas.</li>"
                "<li><b>Literatura socialista y comunista.</b> Una crítica de otras corrientes "
                "de su tiempo, incluidos los socialistas que llamaban «utópicos».</li>"
                "<li><b>Posición ante los partidos de oposición.</b> Cómo aliarse con otros "
                "movimientos sin perder los propios objetivos.</li>"
                "</ol>"
                "<p>El Manifiesto describe una sociedad futura en la que «el libre desarrollo de "
                "cada uno sea la condición del libre desarrollo de todos», y termina con una "
                "frase que recorrió el mundo:</p>"
                "<blockquote>«Los proletarios no tienen nada que perder en ella más que sus "
                "cadenas. Tienen un mundo que ganar. ¡Proletarios de todos los países, "
                "uníos!»</blockquote>"
                "<h3>Cómo leerlo en el grupo</h3>"
                "<p>Recomendamos leer una parte por sesión, en voz alta y por turnos, y detenerse "
                "en las palabras difíciles (burguesía, proletariado, medios de producción) hasta "
                "que cada quien pueda explicarlas con un ejemplo de su propia comunidad. El texto "
                "habla de la Europa industrial de 1848: parte del trabajo es preguntarse qué se "
                "aplica a una comunidad pesquera o campesina de hoy y qué no.</p>"
            ),
            "en": (
                "<p><i>Reading guide and summary by the network's team. The quotations are the "
                "team's translation of the 1848 German original, which is in the public "
                "domain.</i></p>"
                "<p>At the end of 1847 the Communist League, a small organisation of emigrant "
                "artisans and workers, asked Karl Marx and Friedrich Engels to write a programme. "
                "The result, published in London in February 1848, is a pamphlet of a few pages "
                "that opens like this:</p>"
                "<blockquote>“The history of all hitherto existing society is the history of "
                "class struggles.”</blockquote>"
                "<h3>The four parts</h3>"
                "<ol>"
                "<li><b>Bourgeois and proletarians.</b> The bourgeoisie revolutionised "
                "production and created a world market, but it turned everything into a "
                "commodity, human labour included. By gathering thousands of workers in "
                "factories, it created without meaning to the class that can overcome it.</li>"
                "<li><b>Proletarians and communists.</b> The authors propose to abolish private "
                "ownership of the means of production, not of objects of personal use, and list "
                "concrete measures, among them free public education for all children and the "
                "end of children's factory labour.</li>"
                "<li><b>Socialist and communist literature.</b> A critique of other currents of "
                "their time, including the socialists they called “utopian”.</li>"
                "<li><b>Position towards the opposition parties.</b> How to ally with other "
                "movements without losing one's own aims.</li>"
                "</ol>"
                "<p>The Manifesto describes a future society in which “the free development of "
                "each is the condition for the free development of all”, and ends with a phrase "
                "that went around the world:</p>"
                "<blockquote>“The proletarians have nothing to lose but their chains. They have "
                "a world to win. Working men of all countries, unite!”</blockquote>"
                "<h3>How to read it in the group</h3>"
                "<p>We recommend reading one part per session, aloud and taking turns, and "
                "stopping at the difficult words (bourgeoisie, proletariat, means of production) "
                "until everyone can explain them with an example from their own community. The "
                "text speaks of industrial Europe in 1848: part of the work is asking what "
                "applies to a fishing or farming community today and what does not.</p>"
            ),
        },
        "questions": [
            {
                "es": "¿Quiénes son dueños de los medios de producción en nuestro territorio: la lancha, la tierra, el transporte, el molino?",
                "en": "Who owns the means of production in our territory: the boat, the land, the transport, the mill?",
            },
            {
                "es": "¿Qué diferencia hay entre la propiedad personal y la propiedad de los medios de producción? Dé un ejemplo de su comunidad.",
                "en": "What is the difference between personal property and ownership of the means of production? Give an example from your community.",
            },
            {
                "es": "¿Qué parte del Manifiesto le parece vigente hoy y cuál no? ¿Por qué?",
                "en": "Which part of the Manifesto seems valid today to you, and which does not? Why?",
            },
            {
                "es": "¿Qué significa «el libre desarrollo de cada uno» en la vida de una vecina que trabaja, estudia de noche y cría a sus hijos?",
                "en": "What does “the free development of each” mean in the life of a neighbour who works, studies at night and raises her children?",
            },
        ],
    },
    {
        "key": "luxemburg",
        "slug": {"es": "luxemburg-la-revolucion-rusa", "en": "luxemburg-the-russian-revolution"},
        "title": {
            "es": "Rosa Luxemburg: la libertad de quien piensa distinto",
            "en": "Rosa Luxemburg: freedom for the one who thinks differently",
        },
        "summary": {
            "es": (
                "Desde la cárcel, en 1918, Rosa Luxemburg defendió la revolución rusa y a la vez "
                "advirtió que sin libertad de opinión y sin participación de las masas el "
                "socialismo se apaga. Un texto para facilitadores sobre democracia y "
                "organización."
            ),
            "en": (
                "From prison in 1918, Rosa Luxemburg defended the Russian revolution while "
                "warning that without freedom of opinion and without the participation of the "
                "masses, socialism dies out. A text for facilitators on democracy and "
                "organisation."
            ),
        },
        "level": "facilitating",
        "themes": ["socialism", "assembly"],
        "author": "Rosa Luxemburg",
        "work": {"es": "La revolución rusa", "en": "The Russian Revolution"},
        "year": 1918,
        "estimated_minutes": 60,
        "body": {
            "es": (
                "<p><i>Presentación y resumen del equipo de la red. La cita es traducción del "
                "equipo del manuscrito de 1918, de dominio público.</i></p>"
                "<p>Rosa Luxemburg (1871–1919) nació en Polonia y fue una de las principales "
                "pensadoras del socialismo alemán. Se opuso a la Primera Guerra Mundial cuando "
                "casi todo su partido la apoyó, y por eso pasó la mayor parte de la guerra en "
                "prisión. Allí escribió, en 1918, este análisis de la revolución que acababa de "
                "ocurrir en Rusia. No lo publicó en vida: fue asesinada en enero de 1919, y el "
                "manuscrito se publicó en 1922.</p>"
                "<p>El texto tiene dos caras. Por un lado, Luxemburg celebra que los "
                "revolucionarios rusos se atrevieran a actuar cuando otros solo hablaban. Por "
                "otro, critica con dureza que hayan disuelto la asamblea constituyente y "
                "restringido la prensa, las reuniones y las elecciones. Su argumento no es "
                "moral sino práctico: el socialismo no se puede decretar desde arriba; tiene que "
                "construirlo la experiencia de millones de personas, que aprenden corrigiendo "
                "sus propios errores, y eso solo es posible con vida pública libre.</p>"
                "<blockquote>«La libertad solo para los partidarios del gobierno, solo para los "
                "miembros de un partido, por numerosos que sean, no es libertad. La libertad es "
                "siempre la libertad de quien piensa de otra manera.»</blockquote>"
                "<p>Para Luxemburg, sin elecciones generales, sin libertad de prensa y de "
                "reunión y sin lucha libre de opiniones, la vida se apaga en las instituciones "
                "públicas y solo queda la burocracia como elemento activo.</p>"
                "<h3>Por qué lo leen quienes facilitan</h3>"
                "<p>En la asamblea de ciudadanos y ciudadanas también existe la tentación de "
                "decidir entre pocos «para avanzar más rápido», o de dejar de invitar a quien "
                "siempre lleva la contraria. Este texto ayuda a pensar por qué la asamblea es la "
                "única autoridad del consejo, por qué el desacuerdo es parte del trabajo y no un "
                "obstáculo, y qué pierde una organización cuando deja de escuchar.</p>"
            ),
            "en": (
                "<p><i>Introduction and summary by the network's team. The quotation is the "
                "team's translation of the 1918 manuscript, which is in the public domain.</i></p>"
                "<p>Rosa Luxemburg (1871–1919) was born in Poland and was one of the leading "
                "thinkers of German socialism. She opposed the First World War when almost all "
                "of her party supported it, and for that she spent most of the war in prison. "
                "There, in 1918, she wrote this analysis of the revolution that had just taken "
                "place in Russia. She did not publish it in her lifetime: she was murdered in "
                "January 1919, and the manuscript was published in 1922.</p>"
                "<p>The text has two sides. On one hand, Luxemburg celebrates that the Russian "
                "revolutionaries dared to act when others only talked. On the other, she sharply "
                "criticises their dissolving the constituent assembly and restricting the press, "
                "meetings and elections. Her argument is practical rather than moral: socialism "
                "cannot be decreed from above; it has to be built by the experience of millions "
                "of people, who learn by correcting their own errors, and that is only possible "
                "with a free public life.</p>"
                "<blockquote>“Freedom only for the supporters of the government, only for the "
                "members of one party, however numerous they may be, is no freedom at all. "
                "Freedom is always the freedom of the one who thinks differently.”</blockquote>"
                "<p>For Luxemburg, without general elections, without freedom of the press and "
                "of assembly, and without a free struggle of opinion, life dies out in public "
                "institutions and only the bureaucracy remains as the active element.</p>"
                "<h3>Why facilitators read it</h3>"
                "<p>In the citizens' assembly there is also the temptation to decide among a few "
                "“to move faster”, or to stop inviting the person who always disagrees. This text "
                "helps us think about why the assembly is the council's only authority, why "
                "disagreement is part of the work and not an obstacle, and what an organisation "
                "loses when it stops listening.</p>"
            ),
        },
        "questions": [
            {
                "es": "¿Por qué, según Luxemburg, el socialismo no se puede decretar?",
                "en": "Why, according to Luxemburg, can socialism not be decreed?",
            },
            {
                "es": "¿Qué pasa en nuestra asamblea con las personas que piensan distinto? ¿Siguen viniendo?",
                "en": "What happens in our assembly to the people who think differently? Do they keep coming?",
            },
            {
                "es": "¿En qué situaciones ha sentido la tentación de decidir entre pocos para ganar tiempo? ¿Qué se perdió?",
                "en": "In what situations have you felt the temptation to decide among a few to save time? What was lost?",
            },
            {
                "es": "¿Cómo puede quien facilita proteger el desacuerdo sin que la asamblea se paralice?",
                "en": "How can a facilitator protect disagreement without the assembly becoming paralysed?",
            },
        ],
    },
    {
        "key": "rodriguez",
        "slug": {"es": "inventamos-o-erramos", "en": "we-invent-or-we-err"},
        "title": {
            "es": "Simón Rodríguez: «O inventamos o erramos»",
            "en": "Simón Rodríguez: “Either we invent or we err”",
        },
        "summary": {
            "es": (
                "El maestro de Bolívar pidió instituciones originales para nuestra América y una "
                "escuela para todos, que enseñe a preguntar. Una lectura corta para empezar a "
                "pensar la formación desde nuestra propia realidad."
            ),
            "en": (
                "Bolívar's teacher called for original institutions for our America and a "
                "school for everyone that teaches people to ask questions. A short reading to "
                "start thinking about formation from our own reality."
            ),
        },
        "level": "starting",
        "themes": ["popular_education", "planning"],
        "author": "Simón Rodríguez",
        "work": {"es": "Sociedades americanas", "en": "American Societies (Sociedades americanas)"},
        "year": 1842,
        "estimated_minutes": 25,
        "body": {
            "es": (
                "<p><i>Presentación del equipo de la red, con citas de sus escritos, de dominio "
                "público.</i></p>"
                "<p>Simón Rodríguez (Caracas, 1769 – Amotape, Perú, 1854) fue maestro de escuela, "
                "tipógrafo, fabricante de velas y viajero. Enseñó al niño Simón Bolívar y, "
                "después de la independencia, intentó fundar en Bolivia escuelas donde "
                "aprendieran juntos niños y niñas pobres, indígenas y mestizos, y donde se "
                "enseñaran oficios además de letras. Los notables de la época se escandalizaron "
                "y el proyecto duró poco.</p>"
                "<p>En <i>Sociedades americanas</i> advierte que las nuevas repúblicas no deben "
                "copiar los modelos de Europa ni de Estados Unidos:</p>"
                "<blockquote>«¿Dónde iremos a buscar modelos? La América Española es original. "
                "Originales han de ser sus instituciones y su gobierno. Y originales los medios "
                "de fundar uno y otro. O inventamos o erramos.»</blockquote>"
                "<p>Para Rodríguez no hay república sin ciudadanos, y no hay ciudadanos sin "
                "educación popular: una escuela para todos que enseñe a pensar y no a repetir. "
                "En otro de sus escritos aconseja a los maestros:</p>"
                "<blockquote>«Enseñen a los niños a ser preguntones, para que, pidiendo el porqué "
                "de lo que se les manda hacer, se acostumbren a obedecer a la razón.»</blockquote>"
                "<h3>Para el consejo comunal</h3>"
                "<p>Cada consejo tiene su propia realidad: una comunidad pesquera, un caserío "
                "campesino o un barrio de la ciudad. Ningún plan de desarrollo ni de formación "
                "sirve copiado tal cual de otro lugar. Se puede aprender de otros consejos, pero "
                "el plan se inventa en la asamblea, a partir de lo que se vive en el "
                "territorio.</p>"
            ),
            "en": (
                "<p><i>Introduction by the network's team, with quotations from his writings, which "
                "are in the public domain; English translation by the team.</i></p>"
                "<p>Simón Rodríguez (Caracas, 1769 – Amotape, Peru, 1854) was a schoolteacher, "
                "printer, candle maker and traveller. He taught the young Simón Bolívar and, "
                "after independence, tried to found schools in Bolivia where poor boys and "
                "girls, Indigenous and mestizo, would learn together, and where trades would be "
                "taught as well as letters. The notables of the time were scandalised and the "
                "project did not last.</p>"
                "<p>In <i>Sociedades americanas</i> he warns that the new republics must not copy "
                "the models of Europe or the United States:</p>"
                "<blockquote>“Where shall we go to look for models? Spanish America is original. "
                "Original must be its institutions and its government. And original the means of "
                "founding both. Either we invent or we err.”</blockquote>"
                "<p>For Rodríguez there is no republic without citizens, and no citizens without "
                "popular education: a school for everyone that teaches people to think, not to "
                "repeat. In another of his writings he advises teachers:</p>"
                "<blockquote>“Teach children to be askers of questions, so that, by asking the "
                "why of what they are told to do, they grow used to obeying reason.”</blockquote>"
                "<h3>For the communal council</h3>"
                "<p>Each council has its own reality: a fishing community, a farming village or "
                "an urban barrio. No development plan or formation plan works if it is copied "
                "as it is from somewhere else. We can learn from other councils, but the plan is "
                "invented in the assembly, from what is lived in the territory.</p>"
            ),
        },
        "questions": [
            {
                "es": "¿Qué planes o programas han llegado a la comunidad «copiados» de otro lugar? ¿Cómo les fue?",
                "en": "Which plans or programmes have come to the community “copied” from somewhere else? How did they go?",
            },
            {
                "es": "¿Qué tendría que inventar nuestro consejo que ningún otro pueda darnos hecho?",
                "en": "What would our council have to invent that no other council could hand us ready-made?",
            },
            {
                "es": "¿En nuestras reuniones se aprende a preguntar o a obedecer?",
                "en": "In our meetings, do people learn to ask questions or to obey?",
            },
        ],
    },
    {
        "key": "tristan",
        "slug": {"es": "flora-tristan-union-obrera", "en": "flora-tristan-workers-union"},
        "title": {
            "es": "Flora Tristán: la unión obrera y la mujer",
            "en": "Flora Tristán: the workers' union and women",
        },
        "summary": {
            "es": (
                "Antes que el Manifiesto, una mujer de padre peruano propuso la unión de todos los "
                "trabajadores y trabajadoras y sostuvo que sin la emancipación de la mujer no "
                "habrá emancipación obrera. Base para hablar de la brecha entre mujeres y "
                "hombres en el consejo."
            ),
            "en": (
                "Before the Manifesto, a woman with a Peruvian father proposed the union of all "
                "working men and women and argued that without women's emancipation there will "
                "be no workers' emancipation. A basis for talking about the gap between women "
                "and men in the council."
            ),
        },
        "level": "deepening",
        "themes": ["women", "socialism"],
        "author": "Flora Tristán",
        "work": {"es": "Unión obrera", "en": "The Workers' Union"},
        "year": 1843,
        "estimated_minutes": 45,
        "body": {
            "es": (
                "<p><i>Presentación y resumen del equipo de la red. La cita es traducción del "
                "equipo del original francés de 1843, de dominio público.</i></p>"
                "<p>Flora Tristán (París, 1803 – Burdeos, 1844) era hija de un militar peruano "
                "y de madre francesa. Conoció la pobreza, un matrimonio violento del que tuvo "
                "que huir y la falta de derechos de las mujeres de su tiempo. Viajó al Perú y "
                "contó lo que vio en <i>Peregrinaciones de una paria</i> (1838). Recorrió las "
                "fábricas y los barrios obreros de Londres y de Francia.</p>"
                "<p>En <i>Unión obrera</i> (1843) propone algo entonces nuevo: que los "
                "trabajadores y las trabajadoras de todos los oficios y de todos los países se "
                "unan en una sola organización, sostenida con pequeñas cuotas de sus miembros, "
                "para tener voz propia y construir casas donde se eduque a los hijos de los "
                "obreros y se cuide a los ancianos y a los heridos en el trabajo. Cinco años "
                "antes del Manifiesto comunista, ya pedía la unión internacional de la clase "
                "obrera.</p>"
                "<p>El capítulo que más discutimos en la red es el que explica por qué menciona "
                "a las mujeres. Tristán muestra que el obrero, oprimido en la fábrica, oprime "
                "a su vez en la casa:</p>"
                "<blockquote>«El hombre más oprimido puede oprimir a otro ser, que es su mujer. "
                "Ella es la proletaria del proletario mismo.»</blockquote>"
                "<p>Su conclusión es que educar a las mujeres y reconocer sus derechos no es un "
                "favor sino una condición para que la clase trabajadora entera se "
                "emancipe.</p>"
                "<h3>Para nuestra realidad</h3>"
                "<p>En nuestros consejos las mujeres son mayoría en las asambleas, en las "
                "jornadas y en los comités de trabajo, pero los hombres ocupan más vocerías y "
                "coordinaciones. Muchas compañeras trabajan, estudian de noche y cuidan a sus "
                "hijos: si una sesión no tiene cuidado infantil, no pueden venir. Tristán nos "
                "ayuda a nombrar esa desigualdad sin culpar a nadie en particular y a pensar "
                "cómo cerrarla.</p>"
            ),
            "en": (
                "<p><i>Introduction and summary by the network's team. The quotation is the "
                "team's translation of the 1843 French original, which is in the public "
                "domain.</i></p>"
                "<p>Flora Tristán (Paris, 1803 – Bordeaux, 1844) was the daughter of a Peruvian "
                "officer and a French mother. She knew poverty, a violent marriage she had to "
                "flee, and the lack of rights of the women of her time. She travelled to Peru and "
                "told what she saw in <i>Peregrinations of a Pariah</i> (1838). She went through "
                "the factories and workers' districts of London and France.</p>"
                "<p>In <i>The Workers' Union</i> (1843) she proposes something new at the time: "
                "that working men and women of all trades and all countries unite in a single "
                "organisation, supported by small dues from its members, to have a voice of "
                "their own and build houses where workers' children are educated and the old "
                "and those injured at work are cared for. Five years before the Communist "
                "Manifesto, she was already calling for the international union of the working "
                "class.</p>"
                "<p>The chapter we discuss most in the network is the one explaining why she "
                "mentions women. Tristán shows that the worker, oppressed in the factory, in turn "
                "oppresses at home:</p>"
                "<blockquote>“The most oppressed man can oppress another being, who is his wife. "
                "She is the proletarian of the proletarian himself.”</blockquote>"
                "<p>Her conclusion is that educating women and recognising their rights is not a "
                "favour but a condition for the emancipation of the whole working class.</p>"
                "<h3>For our reality</h3>"
                "<p>In our councils women are the majority in the assemblies, the work days and "
                "the working committees, but men hold more spokesperson and coordination posts. "
                "Many compañeras work, study at night and look after their children: if a "
                "session has no childcare, they cannot come. Tristán helps us name that "
                "inequality without blaming anyone in particular, and think about how to close "
                "it.</p>"
            ),
        },
        "questions": [
            {
                "es": "¿Quiénes hacen el trabajo en nuestro consejo y quiénes hablan en su nombre?",
                "en": "Who does the work in our council, and who speaks in its name?",
            },
            {
                "es": "¿Qué quiso decir Tristán con «la proletaria del proletario»? ¿Sigue pasando hoy?",
                "en": "What did Tristán mean by “the proletarian of the proletarian”? Does it still happen today?",
            },
            {
                "es": "¿Qué tendría que cambiar en el horario, el lugar o el cuidado de los niños para que más compañeras asuman responsabilidades?",
                "en": "What would have to change in the schedule, the place or the childcare so that more women take on responsibilities?",
            },
            {
                "es": "Tristán financiaba la unión con pequeñas cuotas de sus miembros. ¿Cómo se sostienen hoy nuestras organizaciones?",
                "en": "Tristán funded the union with small dues from its members. How do our organisations sustain themselves today?",
            },
        ],
    },
    {
        "key": "mariategui",
        "slug": {
            "es": "mariategui-el-problema-de-la-tierra",
            "en": "mariategui-the-problem-of-land",
        },
        "title": {
            "es": "Mariátegui: la tierra, la comunidad y un socialismo que no sea calco ni copia",
            "en": "Mariátegui: land, community and a socialism that is neither tracing nor copy",
        },
        "summary": {
            "es": (
                "José Carlos Mariátegui leyó el socialismo desde los Andes: el problema del indio "
                "es el problema de la tierra, y las prácticas comunitarias campesinas son una "
                "base para otra economía. Lectura para comunidades agrícolas y para quien "
                "estudia las corrientes del socialismo."
            ),
            "en": (
                "José Carlos Mariátegui read socialism from the Andes: the problem of the "
                "Indigenous peoples is the problem of land, and the community practices of the "
                "peasantry are a basis for another economy. A reading for farming communities "
                "and for anyone studying the currents of socialism."
            ),
        },
        "level": "deepening",
        "themes": ["socialism", "agriculture", "communal_economy"],
        "author": "José Carlos Mariátegui",
        "work": {
            "es": "Siete ensayos de interpretación de la realidad peruana",
            "en": "Seven Interpretive Essays on Peruvian Reality",
        },
        "year": 1928,
        "estimated_minutes": 70,
        "body": {
            "es": (
                "<p><i>Presentación y resumen del equipo de la red, con citas breves de los "
                "textos de 1928, de dominio público.</i></p>"
                "<p>José Carlos Mariátegui (Moquegua, 1894 – Lima, 1930) fue periodista, "
                "fundador de la revista <i>Amauta</i> y de organizaciones obreras en el Perú. "
                "Murió joven y enfermo, pero dejó una de las obras más originales del marxismo "
                "latinoamericano.</p>"
                "<p>En los <i>Siete ensayos</i> sostiene que el problema de los pueblos indígenas "
                "no se resuelve con escuelas, leyes de protección ni caridad, porque su raíz es "
                "económica:</p>"
                "<blockquote>«La cuestión indígena arranca de nuestra economía. Tiene sus raíces "
                "en el régimen de propiedad de la tierra.»</blockquote>"
                "<p>Mientras la tierra siga concentrada en pocas manos, dice, los campesinos "
                "seguirán sometidos. Pero Mariátegui no ve en el campo solo atraso: encuentra en "
                "la comunidad andina, heredera del ayllu, costumbres de trabajo colectivo y "
                "solidaridad que sobrevivieron a siglos de despojo y que pueden ser base de una "
                "economía socialista.</p>"
                "<p>Ese mismo año escribió en <i>Amauta</i> una frase que resume su método:</p>"
                "<blockquote>«No queremos, ciertamente, que el socialismo sea en América calco y "
                "copia. Debe ser creación heroica.»</blockquote>"
                "<h3>Para nuestros consejos campesinos</h3>"
                "<p>En nuestros caseríos también hay tradiciones de trabajo en común: la cayapa, "
                "el convite, el intercambio de semillas, la mano vuelta. Mariátegui invita a "
                "preguntarse quién es dueño de la tierra que trabajamos, qué prácticas "
                "comunitarias siguen vivas y cómo el plan de la comuna puede apoyarse en ellas "
                "en lugar de sustituirlas por modelos traídos de fuera.</p>"
            ),
            "en": (
                "<p><i>Introduction and summary by the network's team, with short quotations "
                "from the 1928 texts, which are in the public domain; English translation by the "
                "team.</i></p>"
                "<p>José Carlos Mariátegui (Moquegua, 1894 – Lima, 1930) was a journalist and "
                "the founder of the magazine <i>Amauta</i> and of workers' organisations in Peru. "
                "He died young and ill, but left one of the most original works of Latin "
                "American Marxism.</p>"
                "<p>In the <i>Seven Essays</i> he argues that the problem of the Indigenous "
                "peoples will not be solved by schools, protective laws or charity, because its "
                "root is economic:</p>"
                "<blockquote>“The Indigenous question arises from our economy. It has its roots "
                "in the system of land ownership.”</blockquote>"
                "<p>As long as land remains concentrated in a few hands, he says, the peasants "
                "will remain subjugated. But Mariátegui does not see only backwardness in the "
                "countryside: in the Andean community, heir of the ayllu, he finds habits of "
                "collective work and solidarity that survived centuries of dispossession and can "
                "be the basis of a socialist economy.</p>"
                "<p>The same year he wrote in <i>Amauta</i> a phrase that sums up his method:</p>"
                "<blockquote>“We certainly do not want socialism in America to be a tracing or a "
                "copy. It must be a heroic creation.”</blockquote>"
                "<h3>For our farming councils</h3>"
                "<p>Our villages also have traditions of common work: the <i>cayapa</i>, the "
                "<i>convite</i>, seed exchange, returning a hand's work. Mariátegui invites us to "
                "ask who owns the land we work, which community practices are still alive, and "
                "how the commune's plan can build on them instead of replacing them with models "
                "brought from outside.</p>"
            ),
        },
        "questions": [
            {
                "es": "¿Quién es dueño de la tierra que trabaja nuestra comunidad? ¿Cómo llegó a serlo?",
                "en": "Who owns the land our community works? How did they come to own it?",
            },
            {
                "es": "¿Qué prácticas de trabajo colectivo siguen vivas entre nosotros y cuáles se han perdido?",
                "en": "Which practices of collective work are still alive among us, and which have been lost?",
            },
            {
                "es": "¿Qué diferencia ve entre el socialismo «calco y copia» y la «creación heroica»?",
                "en": "What difference do you see between socialism as “tracing and copy” and as “heroic creation”?",
            },
            {
                "es": "¿Qué parte del plan de la comuna podría apoyarse en esas tradiciones?",
                "en": "Which part of the commune's plan could build on those traditions?",
            },
        ],
    },
    {
        "key": "rochdale",
        "slug": {"es": "principios-de-rochdale", "en": "rochdale-principles"},
        "title": {
            "es": "Los pioneros de Rochdale y los principios cooperativos",
            "en": "The Rochdale Pioneers and the co-operative principles",
        },
        "summary": {
            "es": (
                "En 1844, veintiocho trabajadores de una ciudad textil inglesa abrieron una "
                "pequeña tienda y escribieron las reglas que todavía orientan a las cooperativas "
                "del mundo. Resumen del equipo para quien quiere formar o revisar una "
                "cooperativa."
            ),
            "en": (
                "In 1844, twenty-eight workers of an English textile town opened a small shop "
                "and wrote the rules that still guide co-operatives around the world. A summary "
                "by the team for anyone who wants to form or review a co-operative."
            ),
        },
        "level": "starting",
        "themes": ["cooperativism", "communal_economy"],
        "author": {
            "es": "Sociedad de los Pioneros Equitativos de Rochdale",
            "en": "Rochdale Society of Equitable Pioneers",
        },
        "work": {
            "es": "Estatutos y principios de la Sociedad (resumen del equipo)",
            "en": "Rules and principles of the Society (team summary)",
        },
        "year": 1844,
        "estimated_minutes": 30,
        "body": {
            "es": (
                "<p><i>Resumen del equipo de la red.</i></p>"
                "<p>Rochdale era una ciudad de tejedores del norte de Inglaterra. En la década de "
                "1840 los salarios eran bajos, las huelgas fracasaban y los comerciantes vendían "
                "harina mezclada con yeso y azúcar mojada a precios altos. Veintiocho "
                "trabajadores, la mayoría tejedores, ahorraron durante meses una libra cada uno "
                "y el 21 de diciembre de 1844 abrieron una tienda en la calle Toad Lane. "
                "Vendían poca cosa: harina, mantequilla, azúcar, avena y velas. Pero era su "
                "tienda, y la manejaban con reglas que ellos mismos se dieron.</p>"
                "<h3>Las reglas de los pioneros</h3>"
                "<ul>"
                "<li><b>Puerta abierta:</b> cualquier persona podía asociarse.</li>"
                "<li><b>Una persona, un voto:</b> sin importar cuánto hubiera aportado.</li>"
                "<li><b>Reparto según la participación:</b> el excedente se devolvía a cada "
                "miembro en proporción a lo que había comprado, no a lo que había "
                "invertido.</li>"
                "<li><b>Interés limitado al capital:</b> el dinero no manda.</li>"
                "<li><b>Productos puros y medidas justas</b>, y venta al contado para no "
                "endeudar a nadie.</li>"
                "<li><b>Educación:</b> una parte del excedente se dedicaba a una biblioteca y a "
                "clases para los miembros.</li>"
                "</ul>"
                "<p>Hoy el movimiento cooperativo internacional resume esos principios en siete: "
                "adhesión voluntaria y abierta; gestión democrática por los miembros; "
                "participación económica de los miembros; autonomía e independencia; "
                "educación, formación e información; cooperación entre cooperativas; y "
                "compromiso con la comunidad.</p>"
                "<h3>Lo que nos enseña</h3>"
                "<p>Muchas cooperativas de nuestro país nacieron con un crédito y murieron "
                "cuando se acabó, o quedaron en manos de dos o tres personas. Los pioneros "
                "empezaron con muy poco, con su propio ahorro, y dedicaron parte de lo poco que "
                "tenían a formarse. Leer sus reglas sirve para revisar la nuestra: ¿quién "
                "decide?, ¿cómo se reparte?, ¿cuánto invertimos en aprender?</p>"
            ),
            "en": (
                "<p><i>Summary by the network's team.</i></p>"
                "<p>Rochdale was a weavers' town in the north of England. In the 1840s wages were "
                "low, strikes failed, and shopkeepers sold flour mixed with chalk and damp sugar "
                "at high prices. Twenty-eight workers, most of them weavers, saved a pound each "
                "over months, and on 21 December 1844 they opened a shop in Toad Lane. They sold "
                "very little: flour, butter, sugar, oatmeal and candles. But it was their shop, "
                "and they ran it by rules they gave themselves.</p>"
                "<h3>The pioneers' rules</h3>"
                "<ul>"
                "<li><b>Open door:</b> anyone could join.</li>"
                "<li><b>One member, one vote:</b> however much they had put in.</li>"
                "<li><b>Sharing according to participation:</b> the surplus was returned to "
                "each member in proportion to what they had bought, not to what they had "
                "invested.</li>"
                "<li><b>Limited interest on capital:</b> money does not rule.</li>"
                "<li><b>Pure goods and fair measures</b>, and cash sales so as not to put anyone "
                "in debt.</li>"
                "<li><b>Education:</b> part of the surplus went to a library and to classes for "
                "the members.</li>"
                "</ul>"
                "<p>Today the international co-operative movement sums up those principles in "
                "seven: voluntary and open membership; democratic member control; member "
                "economic participation; autonomy and independence; education, training and "
                "information; co-operation among co-operatives; and concern for community.</p>"
                "<h3>What it teaches us</h3>"
                "<p>Many co-operatives in our country were born with a loan and died when it ran "
                "out, or ended up in the hands of two or three people. The pioneers started with "
                "very little, with their own savings, and devoted part of the little they had to "
                "their own education. Reading their rules helps us review ours: who decides? how "
                "is the surplus shared? how much do we invest in learning?</p>"
            ),
        },
        "questions": [
            {
                "es": "¿Qué cooperativas conoce en el territorio? ¿Cuáles siguen funcionando y por qué?",
                "en": "Which co-operatives do you know in the territory? Which are still working, and why?",
            },
            {
                "es": "¿Por qué los pioneros repartían según lo comprado y no según lo invertido?",
                "en": "Why did the pioneers share according to what was bought rather than what was invested?",
            },
            {
                "es": "¿Cuál de los siete principios cumple peor la cooperativa o unidad productiva que conocemos?",
                "en": "Which of the seven principles is least respected by the co-operative or productive unit we know?",
            },
            {
                "es": "¿Cuánto tiempo y recursos dedica nuestra organización a formarse?",
                "en": "How much time and how many resources does our organisation devote to its own formation?",
            },
        ],
    },
    {
        "key": "freire",
        "slug": {"es": "freire-pedagogia-del-oprimido", "en": "freire-pedagogy-of-the-oppressed"},
        "title": {
            "es": "Paulo Freire: educar en diálogo (resumen de la Pedagogía del oprimido)",
            "en": "Paulo Freire: educating through dialogue (a summary of Pedagogy of the Oppressed)",
        },
        "summary": {
            "es": (
                "Resumen del equipo de las ideas centrales de Paulo Freire: la educación "
                "bancaria, el diálogo, los temas generadores y los círculos de cultura. Base de "
                "la educación popular que practica la red y lectura obligada para quien "
                "facilita."
            ),
            "en": (
                "The team's summary of Paulo Freire's central ideas: banking education, "
                "dialogue, generative themes and culture circles. The foundation of the popular "
                "education the network practises, and essential reading for facilitators."
            ),
        },
        "level": "facilitating",
        "themes": ["popular_education", "socialism"],
        "author": "Paulo Freire",
        "work": {"es": "Pedagogía del oprimido", "en": "Pedagogy of the Oppressed"},
        "year": 1970,
        "estimated_minutes": 50,
        "body": {
            "es": (
                "<p><i>Resumen escrito por el equipo de la red. La obra de Freire no es de "
                "dominio público: aquí solo presentamos sus ideas con nuestras palabras; "
                "recomendamos leer el libro completo en grupo.</i></p>"
                "<p>Paulo Freire (1921–1997) fue un educador brasileño. A comienzos de los años "
                "sesenta coordinó campañas de alfabetización de adultos en el nordeste de Brasil, "
                "donde trabajadores del campo aprendieron a leer y escribir en pocas semanas a "
                "partir de palabras de su propia vida. Tras el golpe militar de 1964 fue "
                "encarcelado y se exilió en Chile, donde escribió este libro, publicado en "
                "1970.</p>"
                "<h3>Las ideas centrales</h3>"
                "<ul>"
                "<li><b>La educación bancaria.</b> Freire critica la educación en la que quien "
                "sabe «deposita» conocimientos en quien no sabe, como quien llena una cuenta. "
                "Esa educación forma personas pasivas que se adaptan al mundo en lugar de "
                "transformarlo.</li>"
                "<li><b>El diálogo.</b> Nadie educa a nadie y nadie se educa solo: las personas "
                "se educan entre sí, mediatizadas por el mundo. Quien facilita también aprende, "
                "y quien participa también enseña.</li>"
                "<li><b>Los temas generadores.</b> Antes de enseñar hay que escuchar: investigar "
                "con la comunidad cuáles son los problemas y las palabras que mueven su vida "
                "(el agua, el trabajo, la tierra) y partir de ellos.</li>"
                "<li><b>La concientización.</b> Comprender críticamente la propia realidad, "
                "descubrir que lo que parecía natural o inevitable tiene causas, y actuar para "
                "cambiarlo. Acción y reflexión van juntas: Freire lo llama praxis.</li>"
                "<li><b>Los círculos de cultura.</b> En lugar de aulas con un maestro al frente, "
                "grupos en círculo donde se discute a partir de imágenes y situaciones "
                "cotidianas.</li>"
                "</ul>"
                "<h3>Qué significa para quien facilita en un consejo comunal</h3>"
                "<p>Un taller no es una charla. Quien facilita no llega con las respuestas: "
                "llega con preguntas, con un método y con la disposición a aprender de la "
                "comunidad. Esto no quiere decir renunciar a la teoría, sino ponerla en diálogo "
                "con lo que la gente vive. También nos advierte contra un riesgo frecuente: que "
                "quien se formó empiece a tratar a sus vecinos como alumnos que no saben.</p>"
            ),
            "en": (
                "<p><i>Summary written by the network's team. Freire's work is not in the public "
                "domain: here we only present his ideas in our own words; we recommend reading "
                "the whole book as a group.</i></p>"
                "<p>Paulo Freire (1921–1997) was a Brazilian educator. In the early 1960s he "
                "coordinated adult literacy campaigns in north-eastern Brazil, where rural "
                "workers learned to read and write in a few weeks starting from words of their "
                "own lives. After the 1964 military coup he was imprisoned and went into exile "
                "in Chile, where he wrote this book, published in 1970.</p>"
                "<h3>The central ideas</h3>"
                "<ul>"
                "<li><b>Banking education.</b> Freire criticises education in which the one who "
                "knows “deposits” knowledge into the one who does not, like filling an account. "
                "That education forms passive people who adapt to the world instead of "
                "transforming it.</li>"
                "<li><b>Dialogue.</b> Nobody educates anybody and nobody educates themselves "
                "alone: people educate one another, mediated by the world. The facilitator also "
                "learns, and the participant also teaches.</li>"
                "<li><b>Generative themes.</b> Before teaching, one must listen: investigate with "
                "the community which problems and words move its life (water, work, land) and "
                "start from them.</li>"
                "<li><b>Conscientisation.</b> Understanding one's own reality critically, "
                "discovering that what seemed natural or inevitable has causes, and acting to "
                "change it. Action and reflection go together: Freire calls it praxis.</li>"
                "<li><b>Culture circles.</b> Instead of classrooms with a teacher in front, groups "
                "sitting in a circle discussing images and everyday situations.</li>"
                "</ul>"
                "<h3>What it means for a facilitator in a communal council</h3>"
                "<p>A workshop is not a lecture. Facilitators do not arrive with the answers: "
                "they arrive with questions, a method and a willingness to learn from the "
                "community. This does not mean giving up theory, but putting it in dialogue with "
                "what people live. It also warns us against a frequent risk: that those who "
                "have been trained start treating their neighbours as pupils who do not "
                "know.</p>"
            ),
        },
        "questions": [
            {
                "es": "Recuerde una reunión o taller «bancario» al que asistió. ¿Qué aprendió realmente?",
                "en": "Remember a “banking” meeting or workshop you attended. What did you really learn?",
            },
            {
                "es": "¿Cuáles serían hoy los temas generadores de nuestra comunidad?",
                "en": "What would our community's generative themes be today?",
            },
            {
                "es": "¿Cómo se equilibra, en un taller, el diálogo con la necesidad de aportar teoría?",
                "en": "In a workshop, how do we balance dialogue with the need to bring in theory?",
            },
            {
                "es": "¿En qué momentos ha tratado a sus vecinos como alumnos? ¿Cómo lo notó?",
                "en": "When have you treated your neighbours as pupils? How did you notice?",
            },
        ],
    },
]
