# es: problems met by the DataFusion aggregate functions (gender-impact-datafusion/).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Forma «se esperaba X, se encontró Y».

sql-problem = { $function }, argumento { $position } ({ $argument }): { $message }
sql-argument-count = { $function }: se esperaban { $expected } argumentos, se encontraron { $found }
sql-type-number = se esperaba un número, se encontró el tipo { $found }
sql-type-text = se esperaba un texto, se encontró el tipo { $found }
sql-type-integer = se esperaba un número entero, se encontró el tipo { $found }
sql-band = se esperaba un cuartil retributivo de 1 (los peor pagados) a 4 (los mejor pagados), se encontró { $found }
sql-band-not-constant = se esperaba un cuartil retributivo escrito en la consulta como un número entero de 1 a 4, se encontró una expresión que depende de las filas
sql-gender-null = se esperaba un género (woman, man, non_binary o undisclosed) en una fila con una retribución, se encontró NULL
sql-gender-unknown = se esperaba un género escrito woman, man, non_binary o undisclosed (en minúsculas), se encontró otro texto de { $chars } { $chars ->
        [one] carácter
       *[other] caracteres
    } (no se muestra)
sql-pay-out-of-range = se esperaba una retribución de 0 a 1.000.000.000.000, se encontró un importe fuera de ese intervalo (no se muestra)
sql-state = se esperaba el estado que esta función escribe en la primera fase de una agregación, se encontró { $found }
sql-distinct = { $function }: se esperaba la retribución de cada persona, se encontró DISTINCT (que contaría una sola vez las retribuciones iguales)
