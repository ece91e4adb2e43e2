# es: problems in framework and network documents and in published figures (src/framework.rs, src/network.rs, src/assessment.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Forma «se esperaba X; se encontró Y».

## Marcos de evaluación (src/framework.rs)
doc-no-pillars = se esperaba al menos 1 pilar; no se encontró ninguno
doc-small-count-zero = se esperaba un número de al menos 1; se encontró 0
doc-pillar-id-repeated = se esperaba un identificador de pilar único; se encontró `{ $id }` de nuevo
doc-weight-out-of-range = se esperaba una ponderación positiva de como máximo 1.000.000; se encontró otro valor
doc-indicator-key-empty = se esperaba una clave de indicador; se encontró un texto vacío
doc-no-bands = se esperaba al menos 1 tramo; no se encontró ninguno
doc-band-min-above-max = se esperaba `min` no mayor que `max`; se encontró min { $min } y max { $max }

## Redes (src/network.rs)
doc-network-name = se esperaba texto libre (no vacío, de como máximo { $max } caracteres); se encontró otro valor

## Indicadores y cifras publicadas (src/assessment.rs)
doc-indicator-id-repeated = se esperaban identificadores de indicador únicos; se encontró `{ $id }` producido dos veces
doc-reported-decimals = se esperaban como máximo 6 decimales; se encontraron { $found }
doc-reported-percent-range = se esperaba un porcentaje de 0 a 100; se encontró uno fuera de ese intervalo
doc-reported-count-negative = se esperaba un recuento de al menos 0; se encontró un número negativo
doc-reported-indicator-unknown = se esperaba el id de un indicador que estos registros permitan (como `{ $example }`); se encontró `{ $found }`
doc-reported-unit = se esperaba `{ $expected }` para el indicador `{ $indicator }`; se encontró `{ $found }`

# La plantilla de documento (gia init): textos de ejemplo, para reemplazar.
template-organisation = Su organización
template-source = De dónde vienen las cifras (informe, registro, fecha)
template-board = Junta directiva
template-board-note = Una fila por miembro; un puesto vacante se cuenta a partir de `seats`
template-staff = Personal
template-grade-director = Dirección
template-grade-officer = Técnico/a
template-initiative = Formación en igualdad de género para la dirección
template-initiative-note = Reemplácelo por sus iniciativas (tipos: training, session, workshop, campaign…)
template-policy = Política de permisos de cuidado
template-origin = De dónde viene la política (una ciudad, un miembro, un socio)
template-evidence = El documento que muestra que se alcanzó la etapa
template-project = Proyecto de movilidad urbana
template-outcome = Mujeres entre quienes conducen en el proyecto
template-fund = Fondo para la igualdad de género
