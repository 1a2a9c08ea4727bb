"""The home page and the two index pages."""

HOME = {
    "slug": {"es": "inicio", "en": "home"},
    "title": {"es": "Trayecto", "en": "Trayecto"},
    "intro": {
        "es": (
            "<p>Trayecto es la biblioteca de formación política permanente de la red de "
            "promotores: lecturas, talleres y prácticas para los consejos comunales, las comunas "
            "y las personas que facilitan su formación.</p>"
        ),
        "en": (
            "<p>Trayecto is the network of promoters' library for permanent political "
            "formation: readings, workshops and practice for communal councils, communes and the "
            "people who facilitate their formation.</p>"
        ),
    },
    "body": {
        "es": (
            "<h2>Formación que parte de lo concreto</h2>"
            "<p>Nadie llega a la formación por una teoría. Se llega porque el agua no sube al "
            "cerro, porque la escuela no tiene techo o porque la pesca se vende al precio que "
            "pone un solo comprador. Cada taller de esta biblioteca empieza por un problema así "
            "y desde ahí se abre al largo plazo: por qué pasa, quién decide, qué podemos hacer "
            "juntos.</p>"
            "<h2>Leer, reflexionar y practicar</h2>"
            "<p>Un trayecto de estudio mezcla lecturas, talleres y práctica en el territorio: "
            "organizar una reunión, levantar un mapa, llevar las cuentas de una unidad "
            "productiva. Una práctica con su reflexión escrita vale tanto como una lectura. "
            "Formarse como facilitador o facilitadora lleva años, no una semana, y no se "
            "termina con un certificado.</p>"
            "<h2>Cómo usar la biblioteca</h2>"
            "<ul>"
            "<li>Busca materiales por tema, tipo, duración y nivel.</li>"
            "<li>Sigue un trayecto de estudio completo o toma de él lo que tu consejo necesite.</li>"
            "<li>Imprime los talleres para llevarlos donde no hay señal.</li>"
            "<li>Adapta cada material a la realidad de tu comunidad: la costa, el campo o el "
            "barrio no son iguales.</li>"
            "</ul>"
            "<h2>Tus datos</h2>"
            "<p>Puedes participar con un seudónimo. Pedimos lo mínimo, no compartimos nada con "
            "terceros y puedes exportar o borrar tus datos cuando quieras.</p>"
        ),
        "en": (
            "<h2>Formation that starts from the concrete</h2>"
            "<p>Nobody comes to formation because of a theory. People come because the water "
            "does not reach the hillside, because the school has no roof, or because the catch "
            "is sold at whatever price a single buyer sets. Every workshop in this library "
            "starts from a problem like that and opens out from there to the long term: why it "
            "happens, who decides, what we can do together.</p>"
            "<h2>Reading, reflecting and practising</h2>"
            "<p>A study path mixes readings, workshops and practice in the territory: "
            "organising a meeting, drawing a map, keeping the accounts of a productive unit. A "
            "practice with its written reflection counts as much as a reading. Becoming a "
            "facilitator takes years, not a week, and it does not end with a certificate.</p>"
            "<h2>How to use the library</h2>"
            "<ul>"
            "<li>Look for materials by theme, type, duration and level.</li>"
            "<li>Follow a whole study path, or take from it what your council needs.</li>"
            "<li>Print the workshops to take them where there is no signal.</li>"
            "<li>Adapt each material to the reality of your community: the coast, the "
            "countryside and the barrio are not the same.</li>"
            "</ul>"
            "<h2>Your data</h2>"
            "<p>You can take part under a pseudonym. We ask for the minimum, share nothing with "
            "third parties, and you can export or erase your data whenever you want.</p>"
        ),
    },
}

LIBRARY_INDEX = {
    "slug": {"es": "biblioteca", "en": "library"},
    "title": {"es": "Biblioteca", "en": "Library"},
    "intro": {
        "es": (
            "<p>Lecturas, talleres y prácticas que la red comparte entre consejos comunales. "
            "Un mismo material sirve a muchos trayectos: tómalo, adáptalo a tu territorio y "
            "cuéntanos qué funcionó y qué no.</p>"
        ),
        "en": (
            "<p>Readings, workshops and practice assignments that the network shares among "
            "communal councils. One material serves many paths: take it, adapt it to your "
            "territory, and tell us what worked and what did not.</p>"
        ),
    },
}

STUDY_PATH_INDEX = {
    "slug": {"es": "trayectos", "en": "study-paths"},
    "title": {"es": "Trayectos de estudio", "en": "Study paths"},
    "intro": {
        "es": (
            "<p>Un trayecto ordena lecturas, talleres y prácticas en etapas. Algunos son para "
            "vecinas y vecinos que se acercan por un problema concreto; otros acompañan durante "
            "años a quienes facilitan la formación de su propio consejo. Ninguno se hace en una "
            "semana: cada etapa se recorre con tiempo, en grupo y con práctica en el "
            "territorio.</p>"
        ),
        "en": (
            "<p>A path orders readings, workshops and practice in stages. Some are for "
            "neighbours who come because of a concrete problem; others accompany, over years, "
            "the people who facilitate their own council's formation. None is done in a week: "
            "each stage is travelled slowly, as a group and with practice in the territory.</p>"
        ),
    },
}
