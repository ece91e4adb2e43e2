# es: the pay report (src/report/pay.rs, src/report/pay_html.rs) and the texts the pay analysis carries (src/pay).
# Ids are unique across all files of a language; every id exists in en, fr and es.

## Documento
pay-heading = Informe sobre la brecha retributiva
pay-intro = Reglas `{ $rules }` versión { $version } ({ $tool } { $toolversion }). Brecha = (hombres − mujeres) / hombres: positiva cuando los hombres cobran más. Las cifras se redondean a { $decimals ->
    [one] { $decimals } decimal
   *[other] { $decimals } decimales
} solo aquí; la salida JSON las da sin redondear.
pay-workers = Trabajadores: { $women ->
    [one] { $women } mujer
   *[other] { $women } mujeres
}, { $men ->
    [one] { $men } hombre
   *[other] { $men } hombres
}; { $excluded ->
    [one] { $excluded } trabajador no binario o que no declaró su género queda fuera
   *[other] { $excluded } trabajadores no binarios o que no declararon su género quedan fuera
} de las cifras legales, que las normas definen sobre mujeres y hombres.
pay-without-pay = { $n ->
    [one] Queda fuera { $n } registro sin nivel retributivo anual.
   *[other] Quedan fuera { $n } registros sin nivel retributivo anual.
}
pay-assumption = Supuesto: { $text }
pay-no-figure = No se publica ninguna cifra.

## Tablas
pay-col-indicator = Indicador
pay-col-figure = Cifra
pay-col-value = Valor
pay-col-women = Mujeres
pay-col-men = Hombres
pay-col-category = Categoría
pay-col-basic-gap = Brecha del salario base
pay-col-variable-gap = Brecha de los componentes variables
pay-col-level-gap = Brecha del nivel retributivo
pay-col-joint = Evaluación retributiva conjunta
pay-col-band = Cuartil
pay-col-women-share = Proporción de mujeres
pay-withheld = no publicado
pay-not-computable = no calculable ({ $reason })
pay-no-one-recorded = nadie registrado
pay-count-share = { $share } ({ $k } de { $n })

## Artículo 9
pay-heading-article-9 = Directiva (UE) 2023/970, artículo 9
pay-a-annual = (a) Brecha retributiva de género (media), nivel retributivo anual
pay-a-hourly = (a) Brecha retributiva de género (media), nivel retributivo por hora
pay-b = (b) Brecha en los componentes complementarios o variables (media, perceptores)
pay-c-annual = (c) Mediana de la brecha retributiva de género, nivel retributivo anual
pay-c-hourly = (c) Mediana de la brecha retributiva de género, nivel retributivo por hora
pay-d = (d) Mediana de la brecha en los componentes complementarios o variables (perceptores)
pay-e = (e) Perceptores de componentes complementarios o variables
pay-f-intro = (f) Cuartiles retributivos, ordenados por { $basis }:
pay-basis-hourly = nivel retributivo por hora
pay-basis-annual = nivel retributivo anual (no todos los trabajadores tienen una retribución por hora)
pay-band-lower = Inferior
pay-band-lower-middle = Intermedio inferior
pay-band-upper-middle = Intermedio superior
pay-band-upper = Superior

## Artículo 9, letra g), y artículo 10
pay-heading-categories = (g) Por categoría de trabajadores, y la comprobación del artículo 10
pay-flag-not-decided = sin decidir: { $reason }
pay-flag-required = obligatoria
pay-flag-justified = no obligatoria: justificada
pay-flag-not-required = no obligatoria
pay-article-10 = Artículo 10: { $required } de { $n } { $n ->
    [one] categoría publicada
   *[other] categorías publicadas
} { $required ->
    [one] muestra
   *[other] muestran
} una diferencia del nivel retributivo medio de al menos { $threshold }, en uno u otro sentido, que los registros no marcan como justificada{ $list }. Se requiere una evaluación retributiva conjunta si la diferencia no se corrige en los seis meses siguientes al informe.{ $withheld }
pay-article-10-list = : { $categories }
pay-article-10-withheld = { " " }{ $w ->
    [one] La categoría no publicada no se cuenta aquí: su control tampoco se publica.
   *[other] Las { $w } categorías no publicadas no se cuentan aquí: su control tampoco se publica.
}
pay-article-10-none = Artículo 10: no se publica ninguna categoría, ni por tanto el control de ninguna.
pay-justified = { $category }: justificada por criterios objetivos y neutros con respecto al género: { $text }

## Control de divulgación de la tabla por categoría
pay-categories = { $n ->
    [one] { $n } categoría
   *[other] { $n } categorías
}
pay-disclosure-total = Control de divulgación (umbral k = { $k }): la tabla tiene en total menos de { $k } mujeres o menos de { $k } hombres, por lo que { $n ->
    [1] no se publican ni su única categoría ni su total.
   *[other] no se publican ni sus { $categories } ni su total.
}
pay-disclosure-none = Control de divulgación (umbral k = { $k }): ninguna categoría tiene menos de { $k } mujeres o menos de { $k } hombres; { $n ->
    [1] se publica la única categoría.
   *[other] se publican las { $categories }.
}
pay-disclosure-some = Control de divulgación (umbral k = { $k }): no se publican { $withheld } de { $categories }: las que tienen menos de { $k } mujeres o menos de { $k } hombres, y tantas otras como hace falta para que ninguna cifra no publicada pueda deducirse del total publicado.

## Reino Unido
pay-heading-uk = Reino Unido: las seis cifras (SI 2017/172)
pay-uk-employees = Empleados pertinentes (relevant employees): { $total } ({ $women ->
    [one] { $women } mujer
   *[other] { $women } mujeres
}, { $men ->
    [one] { $men } hombre
   *[other] { $men } hombres
}, { $others ->
    [one] { $others } otro
   *[other] { $others } otros
}); { $employer ->
    [yes] por tanto, es un empleador obligado (250 o más)
   *[no] por tanto, no es un empleador obligado (250 o más)
}. Empleados pertinentes con retribución completa: { $fullwomen ->
    [one] { $fullwomen } mujer
   *[other] { $fullwomen } mujeres
}, { $fullmen ->
    [one] { $fullmen } hombre
   *[other] { $fullmen } hombres
}.
pay-uk-mean-hourly = Brecha media de la retribución por hora (reg. 8)
pay-uk-median-hourly = Mediana de la brecha de la retribución por hora (reg. 9)
pay-uk-mean-bonus = Brecha media de las primas (reg. 10)
pay-uk-median-bonus = Mediana de la brecha de las primas (reg. 11)
pay-uk-bonus-proportion = Proporción que percibe primas (reg. 12)
pay-uk-quartiles-intro = Cuartiles retributivos (reg. 13), retribución por hora de los empleados pertinentes con retribución completa:
pay-left-out = Excluidos: { $reason } ({ $n }).
pay-excluded-gender = género no binario o no declarado: las cifras del reglamento se refieren a hombres y mujeres
pay-excluded-not-full-pay = empleado sin retribución completa (retribución reducida o nula por un permiso): excluido de las cifras por hora
pay-excluded-no-hourly = sin retribución por hora (ni retribución por hora ni retribución anual con horas semanales): excluido de las cifras por hora
pay-excluded-no-bonus = primas no registradas (ni primas ni retribución variable): excluido de las cifras de primas, no contado como cero

## Inferencia y descomposición
pay-heading-inference = Inferencia (no es una cifra legal)
pay-inference-note = La inferencia responde a una pregunta distinta de la de las cifras legales: ¿podría surgir por azar una brecha de este tamaño si la retribución no dependiera del género? Las brechas legales cuentan a todos los trabajadores y son las que son.
pay-inference-not-asked = No se pidió la inferencia.
pay-mean-gap-annual = Brecha media, nivel retributivo anual
pay-median-gap-annual = Mediana de la brecha, nivel retributivo anual
pay-bootstrap = { $name }: intervalo bootstrap al { $level } de { $low } a { $high } ({ $resamples } remuestreos, semilla { $seed }).
pay-item-not-computable = { $name }: no calculable ({ $reason }).
pay-item-not-computed = { $name }: no calculado.
pay-permutation-floor = Prueba de permutación de la brecha media: p ≤ { $p }, el menor valor que pueden dar { $n } permutaciones (semilla { $seed }): ninguna reasignación produjo una brecha tan grande.
pay-permutation = Prueba de permutación de la brecha media: p = { $p } ({ $n } permutaciones, semilla { $seed }).
pay-permutation-test = Prueba de permutación
pay-heading-decomposition = De dónde viene la brecha
pay-decomposition = De la brecha media global de { $total }, { $between } se debe a que mujeres y hombres están en categorías de trabajadores distintas y { $within } a diferencias retributivas dentro de las categorías. { $method }
pay-decomposition-not-computable = La descomposición no es calculable ({ $reason }).
pay-decomposition-skipped = La descomposición no se calculó.
pay-decomposition-method = Descomposición estructural (shift-share) de la brecha media: (media_H - media_M) / media_H = entre + dentro, donde entre = suma sobre las categorías c de (s_Hc - s_Mc) * media_Hc / media_H (composición, valorada a las medias de los hombres de cada categoría) y dentro = suma sobre c de s_Mc * (media_Hc - media_Mc) / media_H (diferencias retributivas dentro de las categorías, ponderadas por la distribución de las mujeres), siendo s_Hc y s_Mc las proporciones de todos los hombres y de todas las mujeres que están en la categoría c. Una categoría solo de mujeres no tiene comparación interna: toda su contribución, -s_Mc * media_Mc / media_H, se cuenta como entre (su retribución de referencia es la media de las propias mujeres); una categoría solo de hombres contribuye s_Hc * media_Hc / media_H, también como entre; una categoría vacía no contribuye. La identidad entre + dentro = brecha total es exacta.

## Por qué una cifra no es calculable
pay-reason-no-value = sin valor
pay-reason-no-women-no-men = ninguna mujer y ningún hombre con un valor
pay-reason-no-men = ningún hombre en el grupo
pay-reason-no-women = ninguna mujer en el grupo
pay-reason-men-zero = el valor de los hombres es cero, por lo que la brecha (una proporción de él) no está definida
pay-reason-men-tiny = el valor de los hombres es tan pequeño al lado del de las mujeres que la brecha no es un número finito
pay-reason-one-woman = menos de 2 mujeres en el grupo: un único valor no tiene variación muestral que remuestrear
pay-reason-one-man = menos de 2 hombres en el grupo: un único valor no tiene variación muestral que remuestrear
pay-reason-women-not-money = un valor de las mujeres no es un importe (un número finito, cero o mayor)
pay-reason-men-not-money = un valor de los hombres no es un importe (un número finito, cero o mayor)
pay-reason-value-not-money = un valor no es un importe (un número finito, cero o mayor)
pay-reason-no-resamples = no se pidió ningún remuestreo
pay-reason-level = el nivel de confianza debe estar estrictamente entre 0 y 1 (por ejemplo, 0,95)
pay-reason-no-permutations = no se pidió ninguna permutación
pay-reason-no-categories = ninguna categoría
pay-reason-category-twice = una categoría figura más de una vez
pay-reason-no-women-any = ninguna mujer en ninguna categoría
pay-reason-no-men-any = ningún hombre en ninguna categoría
pay-reason-no-residual-df = { $rows } personas trabajadoras para { $parameters } parámetros: una regresión necesita más personas que parámetros
pay-reason-one-level = el factor `{ $factor }` tiene un solo nivel entre estas personas: no distingue nada
pay-reason-woman-aliased = las variables de control distinguen a las mujeres de los hombres (una de ellas, o una combinación, es el indicador «mujer»): la regresión no puede separarlas
pay-reason-perfect-fit = el ajuste es perfecto: el error típico del coeficiente es cero, sus pruebas no están definidas
pay-reason-logib-too-few = { $employees } personas empleadas válidas: el modelo de análisis estándar de Logib necesita al menos { $min }
pay-reason-logib-no-weekly-hours = faltan horas semanales y no se dio ninguna jornada semanal habitual (--default-weekly-hours)
pay-reason-logib-columns = a la nómina le faltan columnas de la hoja de datos de Logib: { $columns }
pay-reason-logib-years-without-reference = la columna { $column } contiene años de 4 cifras y no se indicó un año de referencia (--reference-year) para calcular las duraciones
pay-reason-logib-year-format = la columna { $column } mezcla años (4 cifras) con edades o números de años: escriba lo uno o lo otro
pay-reason-zero-in-resamples = el valor de los hombres es cero (o demasiado pequeño para una brecha finita) en { $k } de { $n } remuestreos, en los que la brecha (una proporción de él) no está definida
pay-reason-gap-not-computable = la brecha media no es calculable ({ $reason })
pay-reason-too-many-women = más de { $max } mujeres en el grupo
pay-reason-too-many-men = más de { $max } hombres en el grupo
pay-reason-too-many-splits = más de { $max } particiones que enumerar: use la prueba de permutación de Monte Carlo
# Un texto del análisis retributivo leído de nuevo de su salida JSON: se muestra tal como está escrito, en todos los idiomas.
pay-recorded = { $text }

## La declaración de control de divulgación de la salida JSON (`disclosure.statement`)
pay-statement-nothing = Control de divulgación (umbral k = { $k }): la tabla tiene en total menos de { $k } mujeres o menos de { $k } hombres, por lo que { $n ->
    [1] no se publican ni su única categoría ni su total.
   *[other] no se publican ni sus { $categories } categorías ni su total.
}
pay-statement-all = Control de divulgación (umbral k = { $k }): ninguna categoría tiene menos de { $k } mujeres o menos de { $k } hombres; { $n ->
    [1] se publica la única categoría.
   *[other] se publican las { $categories } categorías.
}
pay-statement-some = Control de divulgación (umbral k = { $k }): no se publican { $withheld } de { $n ->
    [1] { $categories } categoría
   *[other] { $categories } categorías
}: las que tienen menos de { $k } mujeres o menos de { $k } hombres, y tantas otras como hace falta para que ninguna cifra no publicada pueda deducirse del total publicado.

## Gráficos de cuartiles de la página HTML
pay-chart-eu-title = (f) Proporción de mujeres en cada cuartil retributivo
pay-chart-uk-title = Proporción de mujeres en cada cuartil retributivo (reg. 13)
pay-chart-desc = Proporción de mujeres en cada cuartil retributivo, del más bajo al más alto: { $bands }.
pay-chart-band = { $band }: { $women ->
    [one] { $women } mujer
   *[other] { $women } mujeres
} y { $men ->
    [one] { $men } hombre
   *[other] { $men } hombres
} ({ $share })
pay-chart-band-empty = { $band }: nadie
pay-chart-parity = paridad { $p }
pay-chart-note = Cada gráfico va seguido de su tabla, que da las mismas cifras.

## La brecha ajustada (gia pay --control, --factor)
pay-heading-adjusted = La brecha ajustada: mujeres y hombres con las mismas características registradas
pay-heading-adjusted-categories = Brecha ajustada por categoría de personas trabajadoras
pay-adjusted-factor = { $factor } (niveles medidos respecto de { $base })
pay-adjusted-intro = Una regresión por mínimos cuadrados del logaritmo { $outcome ->
        [hourly] del salario por hora
       *[other] de la retribución anual por equivalente a tiempo completo
    } sobre las características indicadas por la empresa ({ $controls }) y un indicador «mujer». La empresa declara que estos criterios son objetivos y neutros en cuanto al género; este informe no los juzga. Excluidas: { $other } personas que no son ni mujeres ni hombres, { $missing } sin retribución o sin una característica, { $zero } con retribución nula.
pay-adjusted-gap = Con las mismas características, a las mujeres se les paga { $gap } respecto de los hombres (una cifra negativa: menos), intervalo al 95 % de { $low } a { $high }, estimación de Kennedy { $kennedy }, p { $p }; { $women } mujeres y { $men } hombres. Juntos, las características y el sexo explican { $r2 } de la varianza del logaritmo de la retribución.
pay-adjusted-not-computable = La brecha ajustada no se puede calcular ({ $reason }).
pay-oaxaca-intro = Descomposición de Blinder–Oaxaca de la diferencia en el logaritmo medio de la retribución entre hombres y mujeres ({ $gap }, cercana a una brecha en porcentaje): dotaciones (características distintas) { $endowments }, coeficientes (retribución distinta con las mismas características) { $coefficients }, interacción { $interaction }. La parte explicada depende de la estructura retributiva tomada como referencia:
pay-oaxaca-reference = { $reference ->
        [men] estructura retributiva de los hombres
        [women] estructura retributiva de las mujeres
        [reimers] la media de ambas (Reimers)
        [cotton] ambas, ponderadas por plantilla (Cotton)
        [neumark] una regresión sobre todas las personas (Neumark)
       *[other] una regresión sobre todas las personas con un indicador «mujer»
    }
pay-col-reference = Referencia
pay-col-explained = Explicada
pay-col-unexplained = No explicada
pay-col-adjusted-gap = Brecha ajustada
pay-col-interval = Intervalo al 95 %
pay-col-p = Valor p

## La evaluación retributiva conjunta (art. 10, apdo. 2)
pay-heading-joint = Evaluación retributiva conjunta (artículo 10)
pay-joint-intro = Corresponde una evaluación retributiva conjunta con la representación de las personas trabajadoras para cada categoría siguiente: su brecha media alcanza { $threshold } y los datos no dan ninguna justificación basada en criterios objetivos y neutros en cuanto al género (salvo que la diferencia se corrija en seis meses). Puntos a) a f) del artículo 10, apartado 2:
pay-joint-point = { $letter })
pay-joint-shares = { $women } mujeres ({ $women_share }) y { $men } hombres ({ $men_share }).
pay-joint-pay = Salario base anual medio: mujeres { $basic_women }, hombres { $basic_men }; componentes complementarios o variables medios: mujeres { $variable_women }, hombres { $variable_men }.
pay-joint-differences = Diferencias (hombres − mujeres, como parte del valor de los hombres): salario base { $basic }, componentes variables { $variable }, nivel retributivo { $level }.
pay-joint-reasons = Dentro de la categoría, con las características indicadas por la empresa: { $adjusted } Lo que las características no explican es la brecha que hay que justificar.
pay-joint-reasons-none = Sin análisis de las razones: indique las características que la empresa considera objetivas y neutras en cuanto al género con `gia pay --control COL --factor COL`.
pay-joint-leave = Mejoras retributivas al volver de un permiso de maternidad, paternidad, parental o para cuidadores: no figuran en los datos de nómina; debe añadirlas la empresa.
pay-joint-measures = Medidas: { $measures } Evaluación de las medidas anteriores: { $evaluation }
pay-joint-measures-none = No hay medidas registradas: indíquelas con `gia pay --measures ARCHIVO` (una lista JSON de { "{" }"category", "measures", "evaluation"{ "}" }).
pay-joint-category = Categoría { $category }

## El modelo de análisis estándar de Logib (gia pay --preset logib)
pay-heading-logib = Modelo de análisis estándar de Logib (Suiza)
pay-logib-sample = { $employees } personas analizadas ({ $women } mujeres, { $men } hombres); excluidas: { $population } fuera de la población estadística, { $invalid } que no superan un control de la hoja de datos, { $no_salary } sin salario. Tiempo completo: { $hours } horas semanales, la jornada más frecuente.
pay-logib-years = Calculado a partir del año de referencia: { $age ->
    [yes] las edades desde los años de nacimiento
   *[no] {""}
}{ $age ->
    [yes] { $service ->
        [yes] {", "}
       *[no] {""}
    }
   *[no] {""}
}{ $service ->
    [yes] los años de servicio desde los años de ingreso
   *[no] {""}
}.
pay-logib-effect = En igualdad de las demás condiciones (formación, antigüedad, experiencia potencial, nivel de exigencias, posición profesional), el salario estandarizado de las mujeres difiere del de los hombres en { $kennedy } (estimación de Kennedy; coeficiente { $coefficient }, error típico { $se }, t { $t }, { $df } grados de libertad, p { $p }; R² { $r2 }).
pay-logib-rating = Valoración { $rating ->
        [1] 1: ninguna diferencia significativa al 5 %.
        [2] 2: significativa, dentro del valor objetivo del 2,5 %.
        [3] 3: significativa, por encima del valor objetivo del 2,5 % y dentro del valor límite del 5 %.
       *[other] 4: significativa, por encima del valor límite del 5 %.
    }
pay-logib-tolerance = Prueba de tolerancia usada antes de 2024 (¿se supera significativamente el 5 %?): { $exceeded ->
        [yes] sí
       *[other] no
    } (p unilateral { $p }).
pay-logib-not-computable = El modelo de Logib no se puede calcular ({ $reason }).
pay-category-none = (sin categoría)
