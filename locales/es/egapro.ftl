# es: la sección égapro del informe de retribución (`gia pay --profile fr`, src/report/pay_egapro.rs).
# Los identificadores son únicos en todos los archivos de un idioma; cada uno existe en en, fr y es.

egapro-heading = Francia: los indicadores A–G según égapro
egapro-intro = Convenciones de égapro (la plataforma de la administración francesa, fuente github.com/SocialGouv/egapro en el commit { $commit }): cada brecha es (hombres − mujeres) / hombres, con signo (positiva cuando los hombres cobran más); una brecha es significativa desde el 5 % en cualquier sentido, y égapro la califica de alta desde el 5 % a favor de los hombres solamente.
egapro-calendar = Plantilla { $employees } ({ $from ->
        [given] indicada con --employees
       *[payroll] las filas de la nómina; égapro usa la plantilla media anual: indíquela con --employees
    }): { $size ->
        [voluntary] menos de 50, la declaración es voluntaria
        [triennial] de 50 a 99, una declaración cada tres años (2027, 2030…)
       *[annual] 100 o más, una declaración cada año, con el dictamen del CSE
    }.
egapro-calendar-year = Año de declaración { $year }: la declaración de A–F { $declaration ->
        [yes] es obligatoria
       *[no] no es obligatoria
    }; el indicador G { $g ->
        [yes] es obligatorio
       *[no] no es obligatorio
    }.
egapro-calendar-no-year = No se indicó el año de declaración (--year): no se decide si la declaración y el indicador G son obligatorios ese año.
egapro-col-indicator = Indicador
egapro-col-gap = Brecha
egapro-col-significant = Significativa (5 % en cualquier sentido)
egapro-col-level = Nivel según égapro
egapro-col-women-share = Mujeres (4 decimales)
egapro-col-men-share = Hombres (4 decimales)
egapro-row-a-annual = A. Brecha media, retribución anual
egapro-row-a-hourly = A. Brecha media, retribución por hora
egapro-row-b = B. Brecha media, retribución variable o complementaria
egapro-row-c-annual = C. Brecha mediana, retribución anual
egapro-row-c-hourly = C. Brecha mediana, retribución por hora
egapro-row-d = D. Brecha mediana, retribución variable o complementaria
egapro-yes = sí
egapro-no = no
egapro-level-high = alta
egapro-level-low = baja
egapro-not-computable = no calculable (véase el artículo 9)
egapro-e = E (égapro): las mujeres son { $women } de las { $recipients } personas que perciben retribución variable o complementaria ({ $share }).
egapro-e-none = E (égapro): nadie percibe retribución variable o complementaria; la proporción de mujeres entre quienes la perciben no es calculable.
egapro-quartiles-annual = F. Cuartiles de la retribución anual, del más bajo al más alto (proporciones redondeadas a 4 decimales, como las redondea égapro):
egapro-quartiles-hourly = F. Cuartiles de la retribución por hora, del más bajo al más alto:
egapro-quartile = Cuartil { $n }
egapro-top = Cuartil superior: { $share } de mujeres ({ $with_hourly ->
        [yes] la media de los cuartiles anual y por hora
       *[no] el cuartil anual
    }): { $balance ->
        [balanced] equilibrado (del 45 % al 55 % de mujeres)
        [women] mujeres infrarrepresentadas (menos del 45 %)
       *[men] hombres infrarrepresentados (más del 55 % de mujeres)
    }.
egapro-top-empty = Cuartil superior: vacío; su equilibrio no es calculable.
egapro-g = El indicador G (brechas por categoría de trabajadores) es confidencial en égapro: se envía a la administración y no se publica. { $categories ->
        [one] Una categoría
       *[other] { $categories } categorías
    }; { $above } con una brecha en el salario base o en la retribución variable del 5 % o más a favor de los hombres. Los valores están en la salida JSON (--format json); la tabla (g) de la directiva, más arriba, es para los trabajadores y sus representantes, no para su publicación.
egapro-compliance = Procedimiento de puesta en conformidad (parcours de mise en conformité): { $required ->
        [yes] obligatorio
        [no] no obligatorio
       *[open] no decidido sin año de declaración
    }. Se abre para un empleador de 100 o más ({ $size }) que debe el indicador G ese año ({ $g_due }) y tiene una categoría con una brecha del 5 % o más a favor de los hombres ({ $gap }).
egapro-condition-unknown = desconocido
egapro-departures = En qué se aparta égapro de la directiva (Directiva (UE) 2023/970, artículos 9 y 10):
egapro-departure-e = E es la proporción de mujeres entre quienes perciben retribución variable o complementaria; la directiva pide la proporción de mujeres que la perciben y la de hombres (ambas en la tabla del artículo 9).
egapro-departure-level = égapro califica una brecha de «alta» desde el 5 % a favor de los hombres solamente; una brecha del 5 % a favor de las mujeres es «baja» (la incidencia #3963 de égapro lo discute). El umbral de la directiva (artículo 10) dice «al menos un 5 %», que esta herramienta aplica en ambos sentidos.
egapro-departure-compliance = El procedimiento de puesta en conformidad solo se abre por brechas por categoría a favor de los hombres; la evaluación retributiva conjunta del artículo 10 sigue a una diferencia en cualquier sentido.
egapro-departure-quartiles = El indicador F se da sobre la retribución anual y sobre la retribución por hora, con proporciones redondeadas a 4 decimales; la directiva habla de cuartiles retributivos sin base ni redondeo.
egapro-departure-top-quartile = El cuartil superior se juzga frente a una banda del 45 % al 55 % de mujeres, que la directiva no prevé.
egapro-departure-calendar = El calendario: una declaración de A–F cada año desde 100 trabajadores y cada tres años desde 50; G cada año desde 250, cada tres años desde 150 (desde 2027) y desde 50 (desde 2030). La cadencia de la directiva (recordada, no releída aquí: cada año desde 250; cada tres años desde 150, desde 2027, y desde 100, desde 2031) es la misma para todos los indicadores.

## Usage errors of gia pay --profile fr (exit code 2)
egapro-error-employees = --employees: se esperaba una plantilla de 0 o más, se encontró { $value }
egapro-error-year = --year: se esperaba un año de declaración de { $first } (los indicadores A–G de égapro; los años anteriores tenían el Index, no calculado aquí) a 9999, se encontró { $year }
egapro-error-fr-only = --{ $flag } solo se aplica con --profile fr (el calendario de égapro)
