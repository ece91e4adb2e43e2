# es: problems in a JSON input document (src/validate.rs, src/limits.rs, src/input.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Pattern: «se esperaba X, pero Y». Codes (fields, values, pointers) are quoted as the English
# does, between backquotes or double quotes.

## Helpers (message references share the arguments of the message that uses them)
input-type-found = { $found ->
    [null] null
    [boolean] un booleano
    [integer] un entero
    [number] un número
    [string] una cadena
    [array] una lista
    [object] un objeto
   *[other] un valor de otro tipo
}
input-type-expected = { $expected ->
    [null] null
    [boolean] un booleano
    [integer] un entero
    [number] un número
    [string] una cadena
    [array] una lista
    [object] un objeto
   *[other] un valor de otro tipo
}
input-type-expected2 = { $expected2 ->
    [null] null
    [boolean] un booleano
    [integer] un entero
    [number] un número
    [string] una cadena
    [array] una lista
    [object] un objeto
   *[other] un valor de otro tipo
}
input-syntax-detail = { $detail ->
    [eof-list] el texto termina en medio de una lista
    [eof-object] el texto termina en medio de un objeto
    [eof-string] el texto termina en medio de una cadena
    [eof-value] el texto termina antes de un valor
    [colon] falta `:` después de una clave
    [comma-list] falta `,` o `]` en una lista
    [comma-object] falta `,` o `{"}"}` en un objeto
    [ident] palabra desconocida (solo `true`, `false` y `null` se escriben sin comillas)
    [value] falta un valor
    [quote] falta `"`
    [escape] secuencia de escape no válida
    [number] número mal escrito
    [number-range] número fuera de rango
    [code-point] punto de código Unicode no válido
    [control] carácter de control (U+0000 a U+001F) dentro de una cadena
    [key-string] una clave debe ser una cadena
    [key-number] una clave debe ser un número entre comillas
    [key-float] una clave numérica debe ser finita
    [surrogate] sustituto alto aislado en un escape `\u`
    [trailing-comma] coma sobrante
    [trailing-characters] caracteres después del final del documento
    [hex-escape] escape hexadecimal `\u` incompleto
    [recursion] anidamiento demasiado profundo
    [untagged] el valor no tiene ninguna de las formas admitidas
    [length] el número de elementos no es el adecuado
   *[other] error no reconocido (mensaje del analizador, en inglés: «{ $text }»)
}

## The document as a whole
input-too-many-problems = se esperaban como máximo { $n } problemas que listar, pero hay más: solo se listan los { $n } primeros
input-too-many-values = se esperaban como máximo { $n } valores (números, textos, listas, objetos...) para listar todos los problemas, pero hay más: solo se lista el primer problema
input-document-too-large = se esperaba un documento de { $max } bytes como máximo, pero tiene { $size }
input-nesting-depth = se esperaban listas y objetos anidados en { $depth } niveles como máximo, pero el anidamiento es más profundo en la línea { $line }, columna { $column }
input-number-range = se esperaba un número representable en coma flotante de 64 bits (de 1,8e308 como máximo en valor absoluto), pero hay uno fuera de rango en la línea { $line }, columna { $column }
input-syntax = se esperaba un documento JSON, pero hay un error de sintaxis en la línea { $line }, columna { $column } ({ $kind ->
    [eof] el documento termina antes de tiempo
    [syntax] JSON mal formado
    [io] no se pudo leer
   *[data] datos inesperados
}: { input-syntax-detail })
input-rejected = se esperaba un documento válido, pero el analizador lo rechaza sin indicar el motivo

## Structure (the JSON Schema)
input-type = se esperaba { input-type-expected }, pero se encontró { input-type-found }
input-type-two = se esperaba { input-type-expected } o { input-type-expected2 }, pero se encontró { input-type-found }
input-type-many = se esperaba un valor de uno de los tipos { $codes }, pero se encontró { input-type-found }
input-required = se esperaba este campo obligatorio, pero falta
input-unknown-field = se esperaba un campo conocido (uno de { $fields }), pero este campo es desconocido
input-unknown-field-bare = se esperaba un campo conocido, pero este campo es desconocido
input-enum-value = se esperaba uno de los valores { $options }, pero se encontró "{ $value }"
input-enum-type = se esperaba uno de los valores { $options }, pero se encontró { input-type-found }
input-minimum = se esperaba un número mayor o igual que { $limit_es }, pero es menor
input-maximum = se esperaba un número menor o igual que { $limit_es }, pero es mayor
input-exclusive-minimum = se esperaba un número estrictamente mayor que { $limit_es }, pero no lo es
input-exclusive-maximum = se esperaba un número estrictamente menor que { $limit_es }, pero no lo es
input-min-length = se esperaba un texto de al menos { $n } { $n ->
    [one] carácter
   *[other] caracteres
}, pero es más corto
input-max-length = se esperaba un texto de { $n } { $n ->
    [one] carácter
   *[other] caracteres
} como máximo, pero es más largo
input-min-items = { $n ->
    [one] se esperaba al menos { $n } elemento
   *[other] se esperaban al menos { $n } elementos
}, pero hay menos
input-max-items = { $n ->
    [one] se esperaba como máximo { $n } elemento
   *[other] se esperaban como máximo { $n } elementos
}, pero hay más
input-pattern = se esperaba { $what ->
    [date] una fecha del calendario escrita AAAA-MM-DD (ISO 8601)
    [id] un identificador de 1 a 64 letras ASCII, cifras, `_` o `-`, que empiece por una letra o una cifra
    [text] un texto libre no vacío de 2000 caracteres como máximo
   *[other] un texto de la forma esperada
}, pero el texto no se ajusta
input-format-date = se esperaba una fecha del calendario que exista, escrita AAAA-MM-DD, pero esta no existe
input-format = se esperaba un texto en el formato `{ $format }`, pero no lo está
input-members-or-counts = se esperaba exactamente uno de los campos `members` y `counts`, pero { $found ->
    [both] están los dos
   *[neither] no está ninguno
}
input-period-form = se esperaba {"{"}"year": AAAA{"}"} o {"{"}"start": "AAAA-MM-DD", "end": "AAAA-MM-DD"{"}"}, pero { $shape ->
    [empty] el objeto está vacío
    [keys] el objeto, con { $keys }, no tiene ninguna de las dos formas
   *[type] se encontró { input-type-found }
}
input-no-form = se esperaba un valor con una de las formas admitidas, pero el valor encontrado ({ input-type-found }) no tiene ninguna
input-several-forms = se esperaba un valor con una sola de las formas admitidas, pero el valor encontrado ({ input-type-found }) tiene varias
input-constant = se esperaba { $value }, pero el valor es otro
input-schema-keyword = se esperaba un valor conforme a la palabra clave `{ $keyword }` del esquema, pero no lo es

## What the parser reports (serde), values left out
input-whole-number = se esperaba un número entero escrito solo con cifras (3, no 3.0, 3e0 ni -0), pero está escrito de otra forma
input-period-serde = se esperaba {"{"}"year": AAAA{"}"} o {"{"}"start": "AAAA-MM-DD", "end": "AAAA-MM-DD"{"}"}, con el año como número entero escrito sin punto decimal, pero el valor no tiene ninguna de las dos formas
input-serde-expected = se esperaba { $kind ->
    [u8] un entero de 0 a 255
    [u16] un entero de 0 a 65.535
    [u32] un entero de 0 a 4.294.967.295
    [u64] un entero de 0 a 18.446.744.073.709.551.615
    [i8] un entero de -128 a 127
    [i16] un entero de -32.768 a 32.767
    [i32] un entero de -2.147.483.648 a 2.147.483.647
    [i64] un entero de 64 bits
    [float] un número
    [string] una cadena
    [boolean] un booleano
    [sequence] una lista
    [map] un objeto
    [char] un carácter
    [unit] null
    [date] una fecha válida
   *[other] un valor de otra forma
}, pero el valor encontrado no es admisible
input-duplicate-field = se esperaba cada campo una sola vez, pero `{ $field }` aparece varias veces
input-missing-field = se esperaba el campo obligatorio `{ $field }`, pero falta
input-unknown-value = se esperaba { $form ->
    [one] { $first }
    [two] { $first } o { $second }
   *[many] uno de los nombres { $list }
}, pero el nombre es otro
input-unknown-none = { $what ->
    [field] campo `{ $name }` desconocido: aquí no se admite ningún campo
   *[other] variante `{ $name }` desconocida: aquí no se admite ninguna variante
}
input-invalid-value = se esperaba un valor válido, pero el analizador indica: { input-syntax-detail }
input-parser = { input-syntax-detail }
input-year = se esperaba un año de 1900 a 2200, pero se encontró { $year }
input-date-form = se esperaba una fecha escrita AAAA-MM-DD
input-date-exists = se esperaba una fecha del calendario que exista (AAAA-MM-DD)
input-id-form = se esperaba un identificador de 1 a 64 letras, cifras, `_` o `-`, que empiece por una letra o una cifra
input-text-blank = se esperaba un texto no vacío
input-text-long = se esperaba un texto de { $n } caracteres como máximo
input-either-serde = se esperaba `members` o `counts`, pero { $found ->
    [both] están los dos
   *[neither] no está ninguno
}
input-grades-none = se esperaba al menos un nivel en `grades`, pero no hay ninguno
input-fte = se esperaba un equivalente a tiempo completo mayor que 0 y de 1 como máximo
input-pay-amount = se esperaba un importe de 0 a 1e12
input-pay-hours = se esperaban horas semanales de 0,01 a 168

## Rules across fields
input-end-before-start = se esperaba una fecha igual o posterior al inicio ({ $start }), pero se encontró { $end }
input-employees-zero = se esperaba una plantilla de al menos 1, pero el documento da 0
input-employees-missing = se esperaba la plantilla (`employees`) con la que el derecho de `{ $country }` compara sus umbrales, pero el documento no la da
input-unknown-framework = se esperaba un marco integrado ({ $built-in }), pero el documento nombra `{ $id }`
input-duplicate-id = se esperaba un identificador único para cada { $what ->
    [body] órgano
    [grade] nivel
    [initiative] iniciativa
    [policy] política
    [project] proyecto
    [outcome] resultado del proyecto
    [fund] fondo
   *[target] objetivo
}, pero `{ $id }` se repite (primera aparición en { $first })
input-over-seats = { $seats ->
    [one] se esperaba como máximo { $seats } { $what ->
        [members] miembro
       *[people] persona
    }
   *[other] se esperaban como máximo { $seats } { $what ->
        [members] miembros
       *[people] personas
    }
} (los puestos del órgano), pero hay { $filled }
input-date-outside-period = se esperaba una fecha dentro del periodo (del { $start } al { $end }), pero se encontró { $date }
input-president-twice = se esperaba como máximo una presidencia por órgano, pero hay otra (la primera en { $first }); para una presidencia compartida, use `co_president`
input-unknown-grade = se esperaba uno de los niveles listados en /staff/grades ({ $listed }), pero se encontró `{ $grade }`
input-grade-twice = se esperaba cada nivel una sola vez, pero `{ $grade }` se repite (primera aparición en { $first })
input-no-stage = se esperaba al menos 1 etapa, pero no hay ninguna
input-stage-after-period = se esperaba una fecha igual o anterior al final del periodo ({ $end }), pero se encontró { $date }
input-adopting-member-missing = se esperaba el miembro que adoptó la política en una etapa `adopted_elsewhere`, pero falta
input-member-on-other-stage = se esperaba `member` solo en una etapa `adopted_elsewhere`, pero aparece en otra etapa
input-outcome-range = se esperaba un número de -1e12 a 1e12, pero está fuera de ese intervalo
input-fund-years = se esperaba un número de años de 1 a 100, pero está fuera de ese intervalo
input-period-overlap = se esperaba un periodo que no se solape con ningún otro, pero { $form ->
    [year] el año { $year }
   *[range] el periodo del { $start } al { $end }
} se solapa con el periodo en { $at }
input-target-share = se esperaba una proporción de 0 a 1 para un indicador de proporción (0,4 para el 40 %), pero el número está fuera de ese intervalo
input-target-range = se esperaba un número de 0 a 1e12, pero está fuera de ese intervalo
input-target-indicator-empty = se esperaba el identificador de un indicador, pero el texto está vacío
input-pay-category-unknown = se esperaba una categoría de personal nombrada en /pay/workers ({ $n } { $n ->
    [one] categoría
   *[other] categorías
}), pero ninguna persona la tiene
input-pay-category-twice = se esperaba una sola justificación por categoría, pero esta se repite (la primera en { $first })
