# es: problems in a payroll CSV (src/pay/csv.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Forma «se esperaba X; se encontró Y».

## Dónde está el problema
csv-at-line = línea { $line }
csv-at-cell = línea { $line }, columna { $number } ({ $name })
csv-at-column-number = línea { $line }, columna { $number }
csv-at-column-name = línea { $line }, columna { $name }
csv-problem = { $place }: { $message }
csv-more-problems = y { $n } { $n ->
        [one] problema más
       *[other] problemas más
    }

## El encabezado y el archivo
csv-cannot-read = no se puede leer la entrada: { $kind ->
        [not-found] archivo no encontrado
        [permission-denied] permiso denegado
        [is-a-directory] es una carpeta
        [invalid-data] datos no válidos
        [unexpected-eof] final inesperado de los datos
        [interrupted] lectura interrumpida
        [timed-out] tiempo de espera agotado
       *[other] { $reason }
    }
csv-empty-file = se esperaba una línea de encabezado; se encontró un archivo vacío
csv-missing-column = se esperaba una columna { $columns } en el encabezado; no se encontró ninguna con ese nombre
csv-missing-columns = se esperaban las columnas { $columns } en el encabezado; no se encontró ninguna con esos nombres
csv-column-repeated = se esperaba el nombre de la columna una sola vez en el encabezado; se encontró { $times } veces
csv-variable-pay-twice = se esperaba cada columna de retribución variable una sola vez; se encontró esta dos veces
csv-no-rows = se esperaba al menos una fila de datos tras el encabezado; no se encontró ninguna
csv-too-many-rows = se esperaban como máximo { $max } filas de datos; se encontraron más
csv-field-count = { $width ->
        [one] se esperaba { $width } campo
       *[other] se esperaban { $width } campos
    } (tantos como tiene el encabezado); { $found ->
        [one] se encontró { $found }
       *[other] se encontraron { $found }
    }
csv-line-too-long = se esperaba una línea de como máximo { $max } bytes; se encontró una más larga
csv-quote-inside-field = comillas incorrectas: se esperaban comillas solo al inicio de un campo; se encontraron dentro de un campo sin comillas
csv-quote-text-after = comillas incorrectas: se esperaba un delimitador o el final de la línea tras unas comillas de cierre; se encontró más texto
csv-quote-not-closed = comillas incorrectas: se esperaban unas comillas de cierre para el campo abierto en esta línea; se encontró el final del archivo

## Celdas
csv-number-text = se esperaba un número; se encontró texto
csv-number-nan = se esperaba un número; se encontró un valor no numérico (NaN)
csv-number-too-large = se esperaba un número finito; se encontró uno demasiado grande para representarlo
csv-number-infinite = se esperaba un número finito; se encontró uno infinito
csv-amount-empty = se esperaba un importe; se encontró una celda vacía
csv-amount-negative = se esperaba un importe de cero o más; se encontró un número negativo
csv-amount-too-large = se esperaba un importe de como máximo 1.000.000.000.000 (10^12); se encontró uno mayor
csv-amount-invalid = se esperaba un importe; se encontró un número no válido
csv-variable-pay-sum-too-large = se esperaban componentes de retribución variable cuya suma fuera un número finito; se encontró una suma demasiado grande para representarla
csv-hours-empty = se esperaban horas semanales; se encontró una celda vacía
csv-control-empty = se esperaba un número; se encontró una celda vacía
csv-hours-range = se esperaban horas semanales de 0,01 a 168
csv-fte-empty = se esperaba un equivalente a tiempo completo; se encontró una celda vacía
csv-fte-range = se esperaba un equivalente a tiempo completo mayor que 0 y de como máximo 1
csv-days-empty = se esperaba un número de días trabajados; se encontró una celda vacía
csv-days-range = se esperaba un número de días trabajados de 1 a 366
csv-flag-empty = se esperaba true o false (o yes/no, y/n, 1/0); se encontró una celda vacía
csv-flag-other = se esperaba true o false (o yes/no, y/n, 1/0); se encontró otro valor
csv-group-empty = se esperaba el código del grupo de la fila (--by); se encontró una celda vacía: cada fila debe indicar su empleador
csv-text-blank = se esperaba un texto no vacío
csv-text-too-long = se esperaba un texto de como máximo { $n } caracteres
csv-too-many-texts = se esperaban menos textos distintos; se encontraron más de 4000 millones

-csv-gender-codes = palabras como woman, female, femme, mujer, Frau, donna, mulher, dona, man, male, homme, hombre, Mann, uomo, homem, home, non-binary, undisclosed, en mayúsculas o minúsculas, o las letras F/M, F/H, W/M, D/H, X, U; --gender-code CÓDIGO=woman|man|non_binary|undisclosed indica el sentido de cualquier otro código
csv-gender-code-empty = se esperaba un código de género ({ -csv-gender-codes }); se encontró una celda vacía en { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }, la primera aquí (tradúzcala con --gender-code =undisclosed)
csv-gender-code-unknown = se esperaba un código de género ({ -csv-gender-codes }); se encontró el código desconocido `{ $code }` en { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }, la primera aquí
csv-gender-code-unquoted = se esperaba un código de género ({ -csv-gender-codes }); se encontró un código desconocido (no citado, porque podría ser un dato personal: es largo, contiene cifras o está en una sola fila) en { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }, la primera aquí
csv-gender-ambiguous = se esperaban códigos de género de un solo idioma; se encontraron las letras { $codes }, que se leen de dos maneras (M es «male» en inglés pero «mujer» en español junto a H, «hombre»): indique el sentido de cada una, por ejemplo { $example } con woman, man, non_binary o undisclosed
csv-gender-too-many = se esperaba una columna de género con { $max } códigos distintos como máximo; se encontraron más: ¿es la columna del género?
csv-number-grouping = se esperaba un número escrito como los demás de la columna, con `{ $decimal }` antes de los decimales y los miles en grupos de tres; se encontró un número escrito de otro modo (indique el separador con --decimal)
csv-decimal-undecided = se esperaban números cuyo separador decimal se pueda reconocer; en esta columna, cada número con separador tiene un solo `.` o `,` seguido de tres cifras (como 1.234), que se lee como decimal o como miles: indíquelo con --decimal , o --decimal .
csv-text-not-utf8 = se esperaba texto UTF-8; se encontraron bytes que no son UTF-8: si el archivo se guardó con otra codificación, indíquela con --encoding (por ejemplo --encoding windows-1252)

sheet-cannot-read = se esperaba un libro legible (XLSX, XLSM, XLSB, XLS u ODS); se encontró uno ilegible: { $reason }
sheet-too-large = se esperaba un libro de { $max } MB como máximo; se encontró uno mayor: guarde la nómina como CSV, que se lee por partes
sheet-not-found = se esperaba una hoja `{ $sheet }` (un nombre, o un número desde 1); se encontraron las hojas { $sheets }
sheet-not-a-worksheet = se esperaba una hoja de cálculo; `{ $sheet }` es una hoja de gráfico o de macros (las hojas: { $sheets }); elija una con --sheet
sheet-formula-error = se esperaba un valor; se encontró el error de fórmula { $error }
sheet-cells-beyond-header = no se esperaban celdas a la derecha de la última columna con nombre del encabezado; se encontraron (una celda de encabezado combinada sobre dos columnas deja la segunda sin nombre)
csv-header-columns = el encabezado tiene { $count ->
        [one] { $count } columna
       *[other] { $count } columnas
    }: { $columns }{ $nearest ->
        [none] {""}
       *[other] ; nombres más cercanos: { $nearest }
    } (nombre las columnas con --gender, --annual-pay…)
csv-header-one-column = el encabezado es una sola columna que contiene `{ $delimiter }`: ¿es `{ $delimiter }` el delimitador? Omita --delimiter (se detecta) o indique --delimiter '{ $delimiter }'

## Supuestos hechos al leer una nómina, indicados con las cifras (src/pay/csv/assumption.rs).
csv-assumption-variable-sum = la retribución variable es la suma de las columnas { $columns }
csv-assumption-hours-for-all = las horas semanales no figuran en el archivo: se suponen { $hours } horas semanales para cada trabajador
csv-assumption-hours-missing = faltan las horas semanales (columna `{ $column }` vacía) de { $count } { $n ->
        [one] trabajador
       *[other] trabajadores
    }: se suponen { $hours } horas semanales
csv-assumption-empty-as-zero = { $count } { $n ->
        [one] celda vacía
       *[other] celdas vacías
    } de la columna `{ $column }` { $n ->
        [one] leída
       *[other] leídas
    } como 0 (--empty-as-zero)
csv-assumption-not-recorded = { $count } { $n ->
        [one] celda
       *[other] celdas
    } de la columna `{ $column }` con { $markers } { $n ->
        [one] tomada como no registrada
       *[other] tomadas como no registradas
    }
csv-assumption-or = o
csv-assumption-encoding = el archivo se leyó como { $encoding }
csv-assumption-delimiter = los campos están separados por { $kind ->
        [tab] tabuladores
       *[other] `{ $delimiter }`
    }
csv-assumption-decimal-comma = los números tienen coma decimal en { $columns }

## The registro retributivo's defaults (src/pay/csv/assumption.rs).
csv-assumption-fte-for-all = los coeficientes de jornada no figuran en el archivo: cada persona se toma a jornada completa (1)
csv-assumption-fte-missing = coeficiente de jornada ausente (columna `{ $column }` vacía) para { $count } { $n ->
        [one] persona
       *[other] personas
    }: se toma jornada completa (1)
csv-assumption-days-for-all = los días trabajados no figuran en el archivo: cada persona se toma como si trabajara el año completo (365 días)
csv-assumption-days-missing = días trabajados ausentes (columna `{ $column }` vacía) para { $count } { $n ->
        [one] persona
       *[other] personas
    }: se toman 365 días

## Nóminas en Parquet (src/pay/csv/parquet/)
parquet-at-column = { $file }, columna { $number } ({ $name })
parquet-at-row = { $file }, fila { $row }
parquet-at-cell = { $file }, fila { $row }, columna { $number } ({ $name })
parquet-not-parquet = se esperaba un archivo Parquet (que empieza por `PAR1`); se encontró otro contenido
parquet-truncated = se esperaba un archivo Parquet completo (que termina en `PAR1`); se encontró uno cortado
parquet-encrypted = se esperaba un archivo Parquet sin cifrar; se encontró uno cifrado (descifrarlo antes)
parquet-cannot-read = no se puede leer el archivo Parquet: { $reason }
parquet-codec = se esperaba una columna comprimida con snappy, gzip, zstd o lz4 (o sin comprimir); se encontró { $codec }
parquet-nested-column = se esperaba una columna simple (un valor por fila); se encontró una { $kind ->
        [group] columna anidada (un grupo de campos)
       *[other] columna repetida (una lista de valores por fila)
    }
parquet-column-type = se esperaban números, texto o verdadero/falso; se encontró una columna de tipo { $type }
parquet-decimal-scale = se esperaba una escala decimal de 0 a 38; se encontró { $scale }
parquet-decimal-too-long = se esperaba un decimal de 16 bytes como máximo; se encontró uno más largo
parquet-not-utf8 = se esperaba texto en UTF-8; se encontraron otros bytes
parquet-value-missing = se esperaba el valor que anuncian los niveles del archivo; no se encontró ninguno (archivo dañado)
parquet-damaged-chunk = se esperaba el lugar de los datos de la columna en el archivo; se encontró uno negativo (archivo dañado)
parquet-damaged = se esperaban páginas legibles; se encontraron páginas dañadas: el lector Parquet se detuvo en ellas ({ $reason })
