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
-csv-gender-codes = woman/women/female/f/w, man/men/male/m, non_binary/non-binary/nb/x o undisclosed/unknown/u/prefer not to say; en mayúsculas o minúsculas
csv-gender-empty = se esperaba un código de género ({ -csv-gender-codes }); se encontró una celda vacía
csv-gender-unknown-code = se esperaba un código de género ({ -csv-gender-codes }); se encontró un código de género desconocido `{ $code }`
csv-gender-unknown = se esperaba un código de género ({ -csv-gender-codes }); se encontró un código de género desconocido
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
csv-hours-range = se esperaban horas semanales de 0,01 a 168
csv-fte-empty = se esperaba un equivalente a tiempo completo; se encontró una celda vacía
csv-fte-range = se esperaba un equivalente a tiempo completo mayor que 0 y de como máximo 1
csv-flag-empty = se esperaba true o false (o yes/no, y/n, 1/0); se encontró una celda vacía
csv-flag-other = se esperaba true o false (o yes/no, y/n, 1/0); se encontró otro valor
csv-text-not-utf8 = se esperaba texto UTF-8; se encontraron bytes no válidos
csv-text-blank = se esperaba un texto no vacío
csv-text-too-long = se esperaba un texto de como máximo { $n } caracteres
csv-too-many-texts = se esperaban menos textos distintos; se encontraron más de 4000 millones
