"""Gazetteer of state organs held responsible for cyber operations.

Each entry: (state, agency short name, surface forms). Military units and
sub-units map to their parent agency (``Unit 26165`` -> ``GRU``), as the
spec requires. Forms that need a state adjective to mean anything
("military intelligence", "special services") are in ``GENERIC_ORGANS`` and
take their state from the words around them.
"""

from __future__ import annotations

AGENCIES: list[tuple[str, str, tuple[str, ...]]] = [
    ("CN", "MSS", ("Ministry of State Security", "MSS", "state security ministry", "spy ministry",
                   "State Security Bureau", "Guoanbu", "Tianjin State Security Bureau",
                   "Hainan State Security Department", "Jiangsu State Security Department",
                   "Guangdong State Security Department")),
    ("CN", "PLA", ("People's Liberation Army", "People’s Liberation Army", "PLA", "Unit 61398", "Unit 61486",
                   "54th Research Institute", "Strategic Support Force", "PLA Strategic Support Force",
                   "Chinese military", "China's military", "China’s military", "Chinese army", "Information Support Force",
                   "PLA Information Support Force", "Cyberspace Force")),
    ("CN", "MPS", ("Ministry of Public Security",)),
    ("RU", "GRU", ("GRU", "Main Intelligence Directorate", "Main Directorate of the General Staff",
                   "GU", "Unit 26165", "Unit 74455", "Unit 29155", "Unit 54777", "Main Centre for Special Technologies",
                   "Main Center for Special Technologies", "GTsST", "85th Main Special Service Centre",
                   "85th Main Special Service Center", "85th GTsSS", "85th centre", "85th center",
                   "Russian military intelligence", "Russia's military intelligence", "Russia’s military intelligence",
                   "Russian military intelligence service", "Russian military intelligence agency")),
    ("RU", "SVR", ("SVR", "Foreign Intelligence Service", "Russian Foreign Intelligence Service")),
    ("RU", "FSB", ("FSB", "Federal Security Service", "Center 16", "Centre 16", "Center 18", "Centre 18")),
    ("RU", "TsNIIKhM", ("TsNIIKhM", "Central Scientific Research Institute of Chemistry and Mechanics")),
    ("BY", "KGB", ("Belarusian KGB", "KGB of Belarus")),
    ("IL", "Unit 8200", ("Unit 8200",)),
    ("KP", "RGB", ("Reconnaissance General Bureau", "RGB")),
    ("IR", "IRGC", ("Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guard", "Revolutionary Guards",
                    "IRGC-CEC", "Cyber-Electronic Command", "IRGC Cyber-Electronic Command")),
    # other states' services held responsible for spying and hacking
    ("ES", "CNI", ("CNI", "National Intelligence Centre", "National Intelligence Center", "Centro Nacional de Inteligencia")),
    ("TW", "ICEFCOM", ("ICEFCOM", "Information, Communications and Electronic Force Command")),
    ("BR", "ABIN", ("ABIN", "Brazilian Intelligence Agency")),
    ("IT", "AISE", ("AISE", "Agency for External Information and Security")),
    ("IT", "AISI", ("AISI", "Agency for Internal Information and Security")),
    ("LB", "GDGS", ("GDGS", "General Directorate of General Security")),
    ("UZ", "SSS", ("SSS",)),
    ("MX", "SEDENA", ("SEDENA", "Sedena", "Secretariat of National Defense")),
    ("AE", "NESA", ("NESA", "National Electronic Security Authority")),
    ("IR", "MOIS", ("Ministry of Intelligence and Security", "MOIS", "Ministry of Intelligence",
                    "Iranian Ministry of Intelligence", "Iran's Ministry of Intelligence")),
]

# Organ nouns that stand for an agency only with a state attached
# ("Russian military intelligence", "Chinese intelligence services").
# agency None = the text names the state's services without saying which.
GENERIC_ORGANS: list[tuple[str, str | None]] = [
    ("military intelligence", "GRU"),  # only with RU; other states -> None (see resolve_generic)
    ("military intelligence agency", "GRU"),
    ("military intelligence service", "GRU"),
    ("foreign intelligence service", None),  # only with RU -> SVR
    ("foreign intelligence agency", None),
    ("intelligence ministry", None),  # only with IR -> MOIS
    ("domestic security service", None),  # only with RU -> FSB
    ("domestic security agency", None),
    ("domestic intelligence service", None),
    ("domestic intelligence agency", None),
    ("internal security service", None),
    ("civilian intelligence agency", None),  # only with CN -> MSS
    ("civilian intelligence service", None),
    ("civilian spy agency", None),
    ("intelligence services", None),
    ("intelligence service", None),
    ("intelligence agencies", None),
    ("intelligence agency", None),
    ("intelligence", None),
    ("special services", None),
    ("security services", None),
    ("security service", None),
    ("spy agency", None),
    ("spy agencies", None),
    ("military", None),
    ("army", None),
    ("armed forces", None),
    ("government", None),
    ("state", None),
]

# Which generic organ maps to which agency for a given state.
# "Russia's foreign intelligence service" is the SVR, "Iran's intelligence ministry" the MOIS,
# "North Korea's military intelligence agency" the RGB, "Russia's domestic security service" the FSB,
# "China's main civilian spy agency" the MSS
_GENERIC_BY_STATE = {("RU", "military intelligence"): "GRU", ("CN", "military"): "PLA",
                     ("CN", "army"): "PLA", ("CN", "armed forces"): "PLA", ("RU", "foreign intelligence"): "SVR",
                     ("IR", "intelligence ministry"): "MOIS", ("KP", "military intelligence"): "RGB",
                     ("RU", "domestic security"): "FSB", ("RU", "domestic intelligence"): "FSB", ("RU", "internal security"): "FSB",
                     ("CN", "civilian intelligence"): "MSS", ("CN", "civilian spy"): "MSS",
                     ("UA", "military intelligence"): "HUR", ("UA", "security service"): "SBU"}


def resolve_generic(state: str, organ: str) -> str | None:
    """The agency a generic organ of ``state`` names, if the usage is fixed."""
    organ = organ.lower()
    for (s, o), agency in _GENERIC_BY_STATE.items():
        if s == state and organ.startswith(o):
            return agency
    return None


__all__ = ["AGENCIES", "GENERIC_ORGANS", "resolve_generic"]
