"""Themes (tags): currents of thought and topics, named in each language."""

THEMES = {
    "water": {
        "es": {
            "name": "agua",
            "description": "El acceso al agua, su distribución y cuidado, y cómo la comunidad se organiza cuando no llega.",
        },
        "en": {
            "name": "water",
            "description": "Access to water, its distribution and care, and how the community organises when it does not arrive.",
        },
    },
    "communal_economy": {
        "es": {
            "name": "economía comunal",
            "description": "Producción, distribución e intercambio organizados por la comunidad para satisfacer sus necesidades y no para el lucro de unos pocos.",
        },
        "en": {
            "name": "communal economy",
            "description": "Production, distribution and exchange organised by the community to meet its needs rather than for the profit of a few.",
        },
    },
    "cooperativism": {
        "es": {
            "name": "cooperativismo",
            "description": "La tradición de las cooperativas: propiedad común, una persona un voto, reparto justo y educación de sus miembros.",
        },
        "en": {
            "name": "cooperativism",
            "description": "The co-operative tradition: common ownership, one member one vote, fair sharing and the education of members.",
        },
    },
    "anarchism": {
        "es": {
            "name": "anarquismo",
            "description": "Corriente que busca una sociedad sin dominación, basada en la libre asociación, el apoyo mutuo y la autogestión.",
        },
        "en": {
            "name": "anarchism",
            "description": "A current that seeks a society without domination, based on free association, mutual aid and self-management.",
        },
    },
    "socialism": {
        "es": {
            "name": "corrientes del socialismo",
            "description": "Las distintas corrientes del pensamiento socialista, sus debates y cómo se han leído desde América Latina.",
        },
        "en": {
            "name": "currents of socialism",
            "description": "The different currents of socialist thought, their debates, and how they have been read from Latin America.",
        },
    },
    "popular_education": {
        "es": {
            "name": "educación popular",
            "description": "Aprender en diálogo a partir de la experiencia de la gente, para comprender su realidad y transformarla.",
        },
        "en": {
            "name": "popular education",
            "description": "Learning through dialogue from people's own experience, in order to understand their reality and transform it.",
        },
    },
    "women": {
        "es": {
            "name": "participación de las mujeres",
            "description": "Las mujeres son mayoría en la base y minoría en los cargos: cómo ver esa brecha y cerrarla.",
        },
        "en": {
            "name": "women's participation",
            "description": "Women are the majority at the grassroots and a minority in positions of responsibility: how to see that gap and close it.",
        },
    },
    "housing": {
        "es": {
            "name": "vivienda",
            "description": "Construcción, mejora y asignación de viviendas, y cómo decidir prioridades en asamblea.",
        },
        "en": {
            "name": "housing",
            "description": "Building, improving and allocating homes, and how to set priorities in the assembly.",
        },
    },
    "health": {
        "es": {
            "name": "salud comunitaria",
            "description": "La salud como asunto colectivo: prevención, cuidados y las condiciones del territorio que enferman o sanan.",
        },
        "en": {
            "name": "community health",
            "description": "Health as a collective matter: prevention, care, and the conditions in the territory that make people ill or well.",
        },
    },
    "agriculture": {
        "es": {
            "name": "producción agrícola",
            "description": "El conuco, la semilla, la siembra y la cosecha organizadas por la comunidad campesina.",
        },
        "en": {
            "name": "agricultural production",
            "description": "The smallholding (conuco), seeds, sowing and harvest organised by the farming community.",
        },
    },
    "fishing": {
        "es": {
            "name": "pesca artesanal",
            "description": "Las comunidades pesqueras de la costa: el trabajo en el mar, la venta de la pesca y su organización.",
        },
        "en": {
            "name": "small-scale fishing",
            "description": "Fishing communities on the coast: work at sea, selling the catch, and how they organise.",
        },
    },
    "planning": {
        "es": {
            "name": "planificación comunal",
            "description": "El plan de desarrollo y el plan de formación que decide la asamblea de ciudadanos y ciudadanas.",
        },
        "en": {
            "name": "communal planning",
            "description": "The development plan and the formation plan decided by the citizens' assembly.",
        },
    },
    "assembly": {
        "es": {
            "name": "asamblea y consenso",
            "description": "La asamblea como única autoridad del consejo: cómo buscar consenso y acordar por partes cuando no lo hay.",
        },
        "en": {
            "name": "assembly and consensus",
            "description": "The assembly as the council's only authority: how to seek consensus, and how to agree part by part when there is none.",
        },
    },
    "mutual_aid": {
        "es": {
            "name": "apoyo mutuo",
            "description": "La cooperación entre iguales como fuerza de la vida social, desde la vecindad hasta la comuna.",
        },
        "en": {
            "name": "mutual aid",
            "description": "Cooperation among equals as a force of social life, from the neighbourhood to the commune.",
        },
    },
    "systematisation": {
        "es": {
            "name": "sistematización de experiencias",
            "description": "Ordenar y compartir lo vivido, los errores tanto como los aciertos, para que otros consejos aprendan.",
        },
        "en": {
            "name": "systematisation of experiences",
            "description": "Ordering and sharing what was lived, errors as well as successes, so that other councils can learn.",
        },
    },
}
