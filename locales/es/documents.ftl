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

## Libros de datos (src/document/workbook)
workbook-too-many-cells = se esperaban como máximo { $max } celdas no vacías en el libro; se encontraron más: guarde los datos en JSON
workbook-column-twice = se esperaba cada columna una sola vez en el encabezado; se encontró `{ $column }` de nuevo
workbook-root-header = se esperaban las columnas `field` y `value` en la primera fila de la hoja `{ $sheet }`; se encontraron otros nombres
workbook-field-twice = se esperaba cada campo una sola vez; se encontró `{ $field }` de nuevo
workbook-field-conflict = se esperaba que `{ $field }` tuviera un valor propio; se encontró que ya contiene una lista o un objeto (o está dentro de un valor)
workbook-key-column-missing = se esperaba en la hoja `{ $sheet }` una columna `{ $table }.id` (o `{ $table }.#`) que indique la fila de la hoja `{ $table }` a la que pertenece cada fila; no se encontró ninguna
workbook-key-empty = se esperaba el elemento de { $table } al que pertenece esta fila; se encontró una celda vacía
workbook-key-unknown = se esperaba { $kind ->
        [id] el identificador
       *[other] la posición (desde 1)
    } de una fila de la hoja `{ $table }`; se encontró `{ $key }`, que ninguna fila tiene
workbook-cannot-write = se esperaban valores que un libro puede contener; se encontró uno que no: { $reason }
workbook-array-in-array = se esperaban listas de elementos o de valores simples; se encontró una lista dentro de una lista, que ninguna hoja puede contener
workbook-about-title = Cómo está organizado este libro
workbook-about-sheets = Cada hoja es una tabla de los datos. La hoja `organisation` contiene la organización, el periodo y los demás campos únicos, uno por fila (field, value). Cada una de las otras hojas contiene una lista (bodies, bodies.members, staff.members, initiatives…): una fila por elemento, una columna por campo.
workbook-about-keys = Una fila de una lista anidada indica en sus primeras columnas la fila a la que pertenece: `bodies.id` es el identificador de un órgano de la hoja `bodies`; `periods.#` es la posición de una fila de la hoja `periods` (1 para la primera).
workbook-about-cells = Deje una celda vacía cuando no haya valor. Una columna con lista desplegable solo acepta sus valores. Escriba las fechas como AAAA-MM-DD. Las hojas cuyo nombre empieza por _ no se leen.
workbook-about-check = Compruebe el libro con `gia validate ARCHIVO.xlsx`: cada problema se indica en su celda, por ejemplo bodies.members!C12 (gender).
workbook-about-head-sheet = Hoja
workbook-about-head-column = Columna
workbook-about-head-required = Obligatorio
workbook-about-head-values = Valores
workbook-about-head-description = Descripción (del esquema publicado, en inglés)
workbook-about-yes = sí
workbook-about-key = { $kind ->
        [id] El identificador
       *[other] La posición (desde 1)
    } de la fila de la hoja `{ $table }` a la que pertenece esta fila.
workbook-unknown-sheet = se esperaba una hoja con el nombre de una lista de los datos (bodies, bodies.members, staff.members, initiatives…; la hoja _about de `gia init ARCHIVO.xlsx` las enumera todas); se encontró la hoja `{ $sheet }` (una nómina se lee con `gia pay`)
workbook-unknown-column = se esperaba una columna con el nombre de un campo de `{ $sheet }` (el más cercano es `{ $nearest }`); se encontró `{ $column }`; la columna no se lee
workbook-no-root = se esperaba una hoja `{ $sheet }` con la organización, el periodo y los demás campos únicos (columnas `field` y `value`); no se encontró ninguna
workbook-too-large = se esperaba un libro de como máximo { $max } MB; se encontró uno mayor: guarde datos tan voluminosos en JSON (`gia convert` tampoco puede leerlo)
