"""Pseudonymous names for a generated network: no real person is named, ever."""

from __future__ import annotations

import random

from councils.models import TerritoryKind

ANIMALS = [
    "garza",
    "turpial",
    "colibri",
    "guacamaya",
    "cunaguaro",
    "chiguire",
    "lapa",
    "morrocoy",
    "tucan",
    "alcaravan",
    "paraulata",
    "guacharo",
    "cardenal",
    "pelicano",
    "tonina",
    "iguana",
    "venado",
    "perico",
    "arrendajo",
    "gonzalito",
    "chenchena",
    "tigana",
    "zamuro",
    "pauji",
]
COLOURS = [
    "azul",
    "verde",
    "rojo",
    "morado",
    "dorado",
    "claro",
    "oscuro",
    "alto",
    "bajo",
    "rapido",
    "sereno",
    "nuevo",
    "viejo",
    "alegre",
    "fuerte",
    "libre",
    "sur",
    "norte",
    "este",
    "oeste",
]
PLACE_FIRST = [
    "Las Garzas",
    "El Cardonal",
    "Los Mangos",
    "La Ceiba",
    "Punta Brava",
    "El Samán",
    "Las Palmas",
    "Agua Clara",
    "Los Cocos",
    "La Quebrada",
    "El Mirador",
    "Cerro Verde",
    "La Laguna",
    "Brisas del Mar",
    "El Trapiche",
    "Las Flores",
    "La Esperanza",
    "Río Chico",
    "El Cují",
    "Los Guayabos",
    "La Cañada",
    "Tierra Nueva",
    "El Paraíso",
    "San Rafael",
    "Los Pescadores",
    "La Sabana",
    "El Topo",
    "Caño Negro",
    "Las Acacias",
    "Monte Claro",
]
PLACE_SECOND = [
    "",
    "Norte",
    "Sur",
    "Alto",
    "Bajo",
    "Abajo",
    "Arriba",
    "I",
    "II",
    "III",
    "de la Costa",
    "del Valle",
    "de la Sierra",
    "del Llano",
    "Centro",
]
STATES = [
    ("Sucre", ["Cumaná", "Cariaco", "Araya", "Carúpano"]),
    ("Lara", ["Iribarren", "Morán", "Torres", "Jiménez"]),
    ("Falcón", ["Miranda", "Carirubana", "Zamora", "Colina"]),
    ("Miranda", ["Sucre", "Plaza", "Zamora", "Brión"]),
    ("Mérida", ["Libertador", "Campo Elías", "Sucre", "Rangel"]),
    ("Zulia", ["Maracaibo", "San Francisco", "Mara", "Machiques"]),
    ("Distrito Capital", ["Libertador"]),
    ("Anzoátegui", ["Sotillo", "Bolívar", "Guanta"]),
]
PRODUCTION = {
    TerritoryKind.COASTAL_FISHING: ["pesca artesanal", "hielo y cava comunal", "sal"],
    TerritoryKind.AGRICULTURE: ["cacao", "café", "maíz y caraota", "hortalizas"],
    TerritoryKind.URBAN_BARRIO: ["comercio y servicios", "costura", "panadería comunal"],
    TerritoryKind.MIXED: ["pesca y conuco", "turismo y artesanía", "comercio y siembra"],
    TerritoryKind.OTHER: ["artesanía", "reciclaje", "servicios"],
}
PROBLEMS = [
    "El agua llega dos días por semana y las tuberías están rotas.",
    "No hay transporte al liceo después de las seis.",
    "La cosecha se pierde porque no hay dónde guardarla.",
    "Pocas mujeres en la coordinación aunque son mayoría en las asambleas.",
    "Los jóvenes se van porque no ven trabajo en la comunidad.",
    "La cooperativa no lleva cuentas claras y la gente desconfía.",
]
SECTION_TITLES = [
    "Talleres de base",
    "Lectura colectiva",
    "Práctica en el territorio",
    "Cuentas claras",
    "Formación de facilitadoras",
    "El agua como problema común",
    "Economía comunal",
    "Historia de la comuna",
    "Educación popular",
    "Organización de las asambleas",
    "Cuido de niñas y niños",
    "Producción y cooperativas",
]
LOCAL_ACTIVITIES = [
    "Recorrido del sector con el mapa",
    "Censo de tomas de agua",
    "Jornada de siembra",
    "Asamblea de cuentas de la cooperativa",
    "Mesa técnica de agua",
    "Taller de actas",
    "Encuentro con el consejo vecino",
    "Sistematización de la experiencia",
]
PRACTICE_DONE = [
    "Recorrimos la calle contando las tomas de agua rotas.",
    "Coordiné la asamblea del sector con el orden del día en la pizarra.",
    "Llevamos las cuentas de la cooperativa con el cuaderno abierto.",
    "Organizamos el cuido de niñas y niños para el taller del sábado.",
    "Convocamos la mesa técnica casa por casa.",
    "Registramos el acta de la asamblea.",
]
PRACTICE_LEARNED = [
    "Sin cuido de niños, la mitad de las vecinas no puede venir.",
    "Cuando se parte del problema del agua, la gente se queda.",
    "Las decisiones por consenso toman más tiempo pero duran más.",
    "Las cuentas claras se leen en voz alta.",
    "",
]
OBJECTIONS = [
    "Falta acordar quién cuida a los niños durante los talleres.",
    "Hay que revisar las horas: los sábados no alcanzan.",
    "Algunos vecinos piden empezar por el problema del agua.",
]
PLACES = ["Casa comunal", "Escuela", "Cancha techada", "Casa de la cultura", "Muelle", "Conuco"]


def username(rng: random.Random, number: int) -> str:
    """A login name like ``garza.azul.417``: unique by its number, never a real name."""
    return f"{rng.choice(ANIMALS)}.{rng.choice(COLOURS)}.{number}"


def council_name(rng: random.Random, number: int) -> str:
    second = rng.choice(PLACE_SECOND)
    place = f"{rng.choice(PLACE_FIRST)} {second}".strip()
    return f"Consejo comunal {place} ({number})"
