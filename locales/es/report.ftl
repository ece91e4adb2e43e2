# Mensajes en español de los informes (los mismos identificadores que el archivo inglés).
# La biblioteca escribe los números que se pasan como argumentos (punto de millares desde
# cinco cifras, coma decimal); los porcentajes llegan ya formateados.

## Valoraciones (escala UN-SWAP)
rating-exceeds = supera los requisitos
rating-meets = cumple los requisitos
rating-approaches = se aproxima a los requisitos
rating-missing = no cumple los requisitos
rating-not-applicable = no aplicable
rating-insufficient-data = datos insuficientes
rating-sentence = Valoración: { $rating }.

## Documento
report-title = Evaluación del impacto de género: { $organisation }, { $period }
report-period-range = del { $start } al { $end }
report-framework = Marco: { $framework } (`{ $id }`, versión { $version }). Elaborado con { $tool } { $toolversion }.
report-source = Fuente: { $source }
report-language-note = Los nombres de los órganos, los niveles y las fuentes se citan tal como figuran en los registros.
heading-summary = Resumen
heading-key-findings = Conclusiones principales
heading-findings = Todas las conclusiones
heading-bodies = Órganos estatutarios
heading-staff = Personal por nivel
heading-indicators = Indicadores
heading-other-indicators = Otros indicadores (sin valoración en el marco)
heading-published = Cifras publicadas
heading-data-quality = Calidad de los datos
heading-method = Método
heading-contents = Índice
no-findings = Sin conclusiones: los registros no contienen órganos ni personal que evaluar.
no-warnings = Sin advertencias.
no-staff-grades = Los registros no desglosan el personal por nivel.

## Resumen
overall-rating = Valoración global: { $rating }
overall-score = puntuación de { $score } sobre 3
overall-derivation = Media ponderada de las puntuaciones de los pilares (ponderaciones del marco) = { $score }, redondeada a la valoración inferior.
overall-not-rated = Sin valoración, y excluidos en lugar de contarse como cero: { $pillars }. Por tanto, la valoración global solo abarca una parte del marco.
overall-none = Ningún pilar pudo valorarse a partir de los registros.
pillar-derivation = Media ponderada de las puntuaciones de los { $rated } indicadores valorados (no cumple 0, se aproxima 1, cumple 2, supera 3) = { $score }, redondeada a la valoración inferior; { $meets } de { $rated } cumplen o superan los requisitos.
pillar-left-out = { $count ->
    [one] { $count } indicador excluido por no tener valoración.
   *[other] { $count } indicadores excluidos por no tener valoración.
}
pillar-no-criterion = El marco aún no fija ningún criterio para este pilar, por lo que no se valora.
pillar-none-rated = Ningún indicador de este pilar pudo valorarse a partir de los registros.
col-pillar = Pilar
col-rating = Valoración
col-score = Puntuación (0–3)
col-rated = Indicadores valorados
col-meets = Cumplen o superan
col-derivation = Cómo se obtuvo
col-indicator = Indicador
col-id = Identificador
col-value = Valor
col-count = Recuento
col-undisclosed = Género no declarado
undisclosed-fewer = menos de { $k }
col-interval = Intervalo
col-p = p
col-organisation = Organización
col-grade = Nivel
col-women = Mujeres
col-others = Hombres y personas no binarias
col-known = Género conocido
col-share = Proporción de mujeres
col-range = Tramo de la proporción
col-organisations = Organizaciones

## Marcos y pilares integrados (se usan cuando el texto del marco es el inglés)
framework-metropolis = Estrategia de integración de la perspectiva de género de Metropolis
framework-eu-gender-balance = Equilibrio de género de la UE (Directiva (UE) 2022/2381)
pillar-metropolis-leadership = Liderazgo de las mujeres en los órganos estatutarios
pillar-metropolis-awareness = Iniciativas de sensibilización sobre cuestiones de género
pillar-metropolis-policies = Políticas, estrategias e instrumentos identificados y compartidos
pillar-metropolis-secretariat = Equilibrio de género en la Secretaría General
pillar-eu-gender-balance-balance = Equilibrio de género
framework-general = Marco general de impacto de género
pillar-general-bodies = Equilibrio de género en los órganos estatutarios, consejos y asambleas
pillar-general-staff = Equilibrio de género en el personal y sus niveles
pillar-general-initiatives = Igualdad de género en las iniciativas de la organización

## Títulos de los indicadores
title-body-women-share = Proporción de mujeres en los puestos ocupados: { $name }
title-body-leadership-women-share = Proporción de mujeres en los cargos directivos: { $name }
title-body-presidency-woman = Presidencia ocupada por una mujer: { $name }
title-body-unfilled-seats = Puestos vacantes o sin registrar: { $name }
title-body-undisclosed = Miembros con género no declarado: { $name }
title-body-seats-short = Puestos que aún necesita el género infrarrepresentado: { $name }
title-staff-women-share = Proporción de mujeres en el personal: { $name }
title-staff-grade-women-share = Proporción de mujeres en el nivel: { $name }
title-staff-management-women-share = Proporción de mujeres en los niveles de dirección: { $name }
title-staff-glass-ceiling-ratio = Índice de techo de cristal: { $name }
title-staff-undisclosed = Personal con género no declarado: { $name }
staff-unnamed-name = Personal
title-staff-women-share-unnamed = Proporción de mujeres en el personal
title-staff-management-women-share-unnamed = Proporción de mujeres en los niveles de dirección
title-staff-glass-ceiling-ratio-unnamed = Índice de techo de cristal
title-staff-undisclosed-unnamed = Personal con género no declarado

## Valores
value-yes = sí
value-no = no
value-not-computable = no calculable: { $reason }
value-withheld-small = no publicado: menos de { $k } mujeres o de { $k } hombres
value-withheld-derived = no publicado: calculado a partir de una cifra no publicada
value-withheld-complementary = no publicado, para que no puedan deducirse otras cifras no publicadas
value-withheld-small-count = no publicado: menos de { $k } personas
count-of = { $k } de { $n }
p-below = < { $p }
p-versus = { $p } (frente a { $reference })
small-count-mark = † menos personas que el umbral de recuentos pequeños
reason-aggregate-counts = el órgano está registrado con recuentos agregados, por lo que se desconocen los cargos
reason-no-leader = ningún miembro ocupa un cargo directivo ({ $roles })
reason-no-president = ningún miembro tiene el cargo `president`
reason-president-undisclosed = el género de quien ocupa la presidencia no está declarado
reason-no-seats = no consta el número de puestos
reason-body-no-known = ningún miembro del órgano tiene un género conocido
reason-leaders-no-known = ninguna persona con cargo directivo tiene un género conocido
reason-staff-no-known = ningún miembro del personal tiene un género conocido
reason-grade-no-known = nadie tiene un género conocido en este nivel
reason-management-no-known = nadie tiene un género conocido en los niveles de dirección
reason-no-management = ningún nivel está marcado como nivel de dirección
reason-glass-no-known = nadie tiene un género conocido en la dirección o en el personal
reason-no-women = no hay mujeres en el personal, por lo que el índice no está definido
reason-not-finite = el índice no es un número finito
indicators-intro = Las proporciones se calculan sobre las personas cuyo género se conoce; el intervalo es el intervalo de { $method } al { $level } para la tasa subyacente, y p es la prueba binomial exacta bilateral frente a la proporción de referencia ({ $reference } por defecto). † señala los recuentos por debajo del umbral de recuentos pequeños ({ $threshold }).
people-known = { $n ->
    [one] { $n } persona cuyo género se conoce
   *[other] { $n } personas cuyo género se conoce
}

## Métodos de intervalo
method-wilson = Wilson
method-clopper-pearson = Clopper-Pearson
method-jeffreys = Jeffreys
method-wilson-long = intervalo de puntuación de Wilson
method-clopper-pearson-long = intervalo exacto de Clopper-Pearson
method-jeffreys-long = intervalo de Jeffreys (de colas iguales, con la corrección en los extremos de Brown, Cai y DasGupta)

## Conclusiones
finding-body-women-share = { $name }: las mujeres ocupan { $k } de { $n } { $n ->
    [one] puesto
   *[other] puestos
} ({ $share }).
finding-body-leadership = { $name }: las mujeres ocupan { $k } de { $n } { $n ->
    [one] cargo directivo
   *[other] cargos directivos
} ({ $share }).
finding-presidency-woman = { $name }: la presidencia la ocupa una mujer.
finding-presidency-man = { $name }: la presidencia no la ocupa una mujer.
finding-unfilled-seats = { $name }: { $seats } puestos, pero los registros solo recogen { $filled } { $filled ->
    [one] miembro
   *[other] miembros
}; { $unfilled ->
    [one] { $unfilled } puesto está vacante o sin registrar.
   *[other] { $unfilled } puestos están vacantes o sin registrar.
}
finding-unfilled-seats-only = { $name }: { $unfilled ->
    [one] { $unfilled } puesto está vacante o no registrado.
   *[other] { $unfilled } puestos están vacantes o no registrados.
}
finding-seats-short = { $name }: para alcanzar el objetivo del { $target } (redondeado como lo hace la Directiva (UE) 2022/2381), al género infrarrepresentado le faltan { $short } { $short ->
    [one] puesto
   *[other] puestos
}.
finding-seats-reached = { $name }: el género infrarrepresentado ocupa al menos los puestos necesarios para alcanzar el objetivo del { $target }.
finding-staff-women-share = { $name }: las mujeres son { $k } de { $n } { $n ->
    [one] persona
   *[other] personas
} en plantilla ({ $share }).
finding-staff-women-share-unnamed = Las mujeres son { $k } de { $n } { $n ->
    [one] persona
   *[other] personas
} en plantilla ({ $share }).
finding-grade-women-share = Nivel { $name }: las mujeres son { $k } de { $n } ({ $share }).
finding-management-women-share = Las mujeres ocupan { $k } de { $n } { $n ->
    [one] puesto
   *[other] puestos
} de dirección ({ $share }).
finding-glass-ceiling = La proporción de mujeres en la dirección es { $ratio } veces su proporción en el conjunto del personal.

## Cifras publicadas
relation-under = menos del { $figure }
relation-over = más del { $figure }
reconcile-agrees = La cifra publicada ({ $figure }) para «{ $title }» coincide con los registros: { $records }.
reconcile-disagrees = La cifra publicada ({ $figure }) para «{ $title }» no coincide con los registros, que dan { $records }: una discrepancia que va más allá del redondeo.
reconcile-unchecked = La cifra publicada ({ $figure }) para «{ $title }» no puede comprobarse: los registros no dan ningún valor.
reconcile-records = { $k } de { $n } ({ $share })
reconcile-no-value = ningún valor
reconcile-source = Fuente: { $source }
label-value = { $label }: { $value }
mark-agrees = coincide
mark-discrepancy = discrepancia
mark-unchecked = no comprobable

## Advertencias sobre la calidad de los datos
warning-small-count = { $title }: { $n ->
    [one] solo { $n } persona cuyo género se conoce
   *[other] solo { $n } personas cuyo género se conoce
}; una sola persona mueve la proporción { $points } puntos. Lea los recuentos, no solo el porcentaje; las personas podrían ser identificables.
warning-undisclosed = { $title }: { $u } de { $total } personas ({ $share }) no han declarado su género, por encima del umbral del { $threshold }; la proporción se calcula sobre las { $n } restantes.
warning-undisclosed-few = { $title }: menos de { $k } personas tienen un género no declarado (su número no se publica), por encima del umbral del { $threshold }; la proporción se calcula sobre las demás.
warning-undisclosed-withheld = { $title }: más del { $threshold } de las personas tienen un género no declarado (su número no se publica, para que no puedan deducirse otras cifras no publicadas); la proporción se calcula sobre las demás.
warning-uncertain = { $name }: el género de { $count ->
    [one] { $count } registro
   *[other] { $count } registros
} es incierto ({ $women } { $women ->
    [one] registrado como mujer
   *[other] registrados como mujeres
}, { $men } como { $men ->
    [one] hombre
   *[other] hombres
}; véanse las notas en { $pointer }). Si cada uno se hubiera registrado de otro modo, la proporción de mujeres estaría entre el { $low } y el { $high } en lugar del { $share }.
warning-unfilled = { $name }: { $seats } puestos pero { $filled } miembros registrados; las proporciones se calculan sobre los miembros registrados, y los { $other } puestos restantes podrían modificarlas.
warning-unfilled-only = { $name }: { $other ->
    [one] { $other } puesto está vacante o no registrado; las proporciones se calculan sobre los miembros registrados, y podría modificarlas.
   *[other] { $other } puestos están vacantes o no registrados; las proporciones se calculan sobre los miembros registrados, y podrían modificarlas.
}
warning-unmatched = Una cifra publicada remite a `{ $id }`, que ningún indicador de esta evaluación ha producido; no se ha podido cotejar.
warning-not-computable = { $title }: no calculable ({ $reason }), por lo que no se valora.

reason-withheld = no publicado (control de divulgación, k = { $k })
disclosure-off = El control de divulgación está desactivado (umbral k ≤ 1): se publican todas las cifras.
disclosure-scope-staff = personal (los órganos estatutarios son cargos públicos y se publican íntegramente)
disclosure-scope-all = personal y órganos estatutarios
disclosure-none = Control de divulgación (umbral k = { $k }, { $scope }): ningún grupo tiene menos de { $k } mujeres o menos de { $k } hombres; no se omite nada.
disclosure-some = Control de divulgación (umbral k = { $k }, { $scope }): { $n ->
    [one] { $n } indicador no se publica
   *[other] { $n } indicadores no se publican
}: los que se refieren a grupos con menos de { $k } mujeres o menos de { $k } hombres, los que se calculan a partir de ellos y tantos otros como haga falta para que ninguno pueda deducirse de los totales publicados. Tampoco se publican los recuentos de género no declarado de 1 a { $k1 }.

## Notas de método
note-shares = Las proporciones de mujeres se calculan sobre las personas cuyo género se conoce (mujeres, hombres y personas no binarias); las personas que no han declarado su género se cuentan junto a cada proporción.
note-census = Los registros de un órgano o del personal suelen ser un recuento completo, no una muestra: la proporción es entonces un hecho, sin error de muestreo. El intervalo y la prueba responden a otra pregunta: ¿podría un proceso de selección neutro en cuanto al género haber producido esta composición? El intervalo es el rango de tasas subyacentes compatibles con el recuento; la prueba examina si el recuento es compatible con la proporción de referencia.
note-intervals = Intervalos: { $method } al { $level }; pruebas: prueba binomial exacta bilateral (la suma de las probabilidades de todos los resultados que no son más probables que el observado, como la calcula binom.test de R) frente a la proporción de referencia ({ $reference }, salvo que un órgano indique la proporción de su propia cantera).
note-ratings = Las valoraciones siguen el marco `{ $id }` versión { $version } en la escala UN-SWAP (supera, cumple, se aproxima, no cumple); los indicadores que el marco no valora se marcan como no aplicables.
note-small = Los recuentos inferiores a { $threshold } se señalan como pequeños: una sola persona mueve mucho la proporción, y las personas podrían ser identificables.
note-charts = Los gráficos muestran la proporción de mujeres en cada órgano con la franja de equilibrio del 40 al 60 % y la línea de paridad del 50 %, y el personal de cada nivel, las mujeres a la izquierda y los hombres y las personas no binarias a la derecha; cada gráfico va acompañado de una tabla o un texto con las mismas cifras.

## Gráficos
chart-body = { $name }: las mujeres ocupan el { $share } de los puestos ({ $k } de { $n }); franja de equilibrio del 40 al 60 %, paridad en el 50 %.
chart-women = mujeres
chart-balance-band = franja de equilibrio 40–60 %
chart-parity = paridad 50 %
chart-pyramid = Personal por nivel, del primer nivel indicado al último: { $grades }.
chart-pyramid-grade = { $name }: { $women } mujeres, { $others } hombres y personas no binarias
chart-distribution = { $title }: número de organizaciones en cada tramo de la proporción de mujeres, de 0–10 % a 90–100 %.
chart-distribution-band = { $low }–{ $high }: { $count }

## Informe comparativo de una red
network-title = Evaluación comparativa del impacto de género: { $name }
network-unnamed = una red de organizaciones
network-count = { $count ->
    [one] { $count } organización evaluada.
   *[other] { $count } organizaciones evaluadas.
}
network-overall = Valoraciones globales
network-per-indicator = Por indicador
network-median = Proporción mediana: { $median }; { $balanced } de { $count } { $count ->
    [one] organización
   *[other] organizaciones
} dentro de la franja de equilibrio del 40 al 60 %.
network-table-limit = La tabla muestra las { $shown } organizaciones con las proporciones más bajas y las { $shown } con las más altas, de un total de { $count }; el gráfico y la tabla por tramos las abarcan todas.
network-band = Tramo de la proporción de mujeres

## Línea de comandos
cli-written = Escrito: { $path }

## Iniciativas de sensibilización
title-initiatives-count = Iniciativas registradas
title-initiatives-marker-principal = Iniciativas cuyo objetivo principal es la igualdad de género (marcador CAD 2)
title-initiatives-marker-targeted = Iniciativas orientadas a la igualdad de género (marcador CAD 1 o 2)
title-initiatives-marker-unscreened = Iniciativas no examinadas con el marcador de género
title-initiatives-participants = Participantes contados en las iniciativas
title-initiatives-participants-women-share = Proporción de mujeres entre participantes
title-initiatives-speakers-women-share = Proporción de mujeres entre ponentes y formadores
title-initiatives-all-male-panels = Paneles exclusivamente masculinos
title-initiatives-audience-missing = Iniciativas sin cifras de participación
reason-no-initiative = no hay ninguna iniciativa registrada
reason-no-audience = ninguna iniciativa tiene cifras de participación
reason-no-participant-gender = no consta el género de ningún participante
reason-no-speakers = ninguna iniciativa registra a sus ponentes
reason-no-speaker-gender = no consta el género de ningún ponente
finding-initiatives-count = { $n ->
    [one] { $n } iniciativa registrada.
   *[other] { $n } iniciativas registradas.
}
finding-initiatives-principal = { $k ->
    [one] { $k } de { $n } iniciativas tiene la igualdad de género como objetivo principal (marcador CAD 2: { $share }).
   *[other] { $k } de { $n } iniciativas tienen la igualdad de género como objetivo principal (marcador CAD 2: { $share }).
}
finding-initiatives-targeted = { $k ->
    [one] { $k } de { $n } iniciativas se orienta a la igualdad de género (marcador CAD 1 o 2: { $share }).
   *[other] { $k } de { $n } iniciativas se orientan a la igualdad de género (marcador CAD 1 o 2: { $share }).
}
finding-initiatives-unscreened = { $k ->
    [one] { $k } de { $n } iniciativas no tiene marcador de género (no examinada); se cuenta como no orientada, que se sepa, a la igualdad de género.
   *[other] { $k } de { $n } iniciativas no tienen marcador de género (no examinadas); se cuentan como no orientadas, que se sepa, a la igualdad de género.
}
finding-initiatives-participants = Se cuentan { $k } participantes en { $with } de { $n } iniciativas.
finding-initiatives-participants-at-least = Se cuentan al menos { $k } participantes en { $with } de { $n } iniciativas.
finding-initiatives-participants-women = Las mujeres son { $k } de { $n } participantes cuyo género consta ({ $share }).
finding-initiatives-speakers-women = Las mujeres son { $k } de { $n } ponentes y formadores cuyo género consta ({ $share }).
finding-initiatives-all-male = { $k ->
    [one] { $k } panel exclusivamente masculino entre las iniciativas que registran a sus ponentes.
   *[other] { $k } paneles exclusivamente masculinos entre las iniciativas que registran a sus ponentes.
}
finding-initiatives-audience-missing = Faltan las cifras de participación de { $k } de { $n } iniciativas ({ $share }): sus participantes son desconocidos, no cero.

## Políticas compartidas
title-policies-identified = Políticas identificadas
title-policies-documented = Políticas documentadas
title-policies-shared = Políticas compartidas
title-policies-shared-share = Proporción de políticas identificadas que se compartieron
title-policies-members-reached = Miembros alcanzados por las políticas compartidas
title-policies-adoptions = Adopciones por otros miembros
reason-no-policy = no hay ninguna política registrada
reason-no-members-reached = ninguna política da el número de miembros alcanzados
reason-no-adoptions-followed = no se hace seguimiento de las adopciones de ninguna política
finding-policies-identified = { $n ->
    [one] { $n } política favorable a la igualdad de género identificada.
   *[other] { $n } políticas favorables a la igualdad de género identificadas.
}
finding-policies-shared = { $k ->
    [one] Se compartió { $k } de { $n } políticas identificadas.
   *[other] Se compartieron { $k } de { $n } políticas identificadas.
}
finding-policies-members-reached = Las políticas compartidas alcanzaron a { $k } miembros (suma de las políticas que dan la cifra).
finding-policies-adoptions = { $k ->
    [one] Consta { $k } adopción por otros miembros (en las políticas cuyas adopciones se siguen).
   *[other] Constan { $k } adopciones por otros miembros (en las políticas cuyas adopciones se siguen).
}

## Proyectos y recursos
title-projects-count = Proyectos registrados
title-projects-marker-targeted = Proyectos orientados a la igualdad de género (marcador CAD 1 o 2)
title-projects-budget-targeted = Presupuesto de los proyectos orientados a la igualdad de género (marcador CAD 1 o 2)
title-projects-outcomes-on-track = Resultados de género alcanzados o en buen camino
title-projects-outcomes-not-assessable = Resultados de género que no se pueden valorar
reason-no-project = no hay ningún proyecto registrado
reason-project-budget-missing = no todos los proyectos dan su presupuesto
reason-project-budget-zero = los presupuestos de los proyectos suman 0
reason-no-outcome = ningún proyecto registra un resultado de género
reason-no-assessable-outcome = ningún resultado tiene la línea de base, la meta, el valor observado y las fechas necesarios
finding-projects-count = { $n ->
    [one] { $n } proyecto registrado.
   *[other] { $n } proyectos registrados.
}
finding-projects-targeted = { $k ->
    [one] { $k } de { $n } proyectos se orienta a la igualdad de género (marcador CAD 1 o 2: { $share }).
   *[other] { $k } de { $n } proyectos se orientan a la igualdad de género (marcador CAD 1 o 2: { $share }).
}
finding-projects-on-track = { $k } de { $n } resultados de género valorables están alcanzados o en buen camino ({ $share }).
finding-projects-not-assessable = { $k ->
    [one] { $k } resultado de género no se puede valorar: falta una línea de base, una meta, un valor observado o una fecha.
   *[other] { $k } resultados de género no se pueden valorar: falta una línea de base, una meta, un valor observado o una fecha.
}

## Agregado: contribuciones y sensibilidad
contributions = Contribuciones a la puntuación global (ponderación del pilar × puntuación del pilar ÷ ponderaciones de los pilares valorados): { $list }.
contribution-item = { $pillar } { $value }
sensitivity-stable = Sensibilidad: mover un 20 % a la baja o al alza cualquiera de las { $weights } ponderaciones (pilares y criterios) ({ $cases } casos) deja la valoración global sin cambios (puntuaciones de { $low } a { $high }).
sensitivity-unstable = Sensibilidad: mover una ponderación un 20 % a la baja o al alza cambia la valoración global en { $changed } de { $cases } casos: { $list }.
sensitivity-case-pillar = la ponderación de «{ $pillar }» × { $factor } da { $rating } ({ $score })
sensitivity-case-criterion = la ponderación de `{ $indicator }` en «{ $pillar }» × { $factor } da { $rating } ({ $score })
sensitivity-none = Sensibilidad: no hay valoración global que poner a prueba.

## Evolución en el tiempo
heading-progress = Evolución en el tiempo
progress-intro = Periodos: { $periods }. Una variación es el valor del periodo menos el del anterior (para las proporciones, en puntos porcentuales), con el intervalo de Newcombe al { $level } y la prueba exacta bilateral de Fisher de una tasa sin cambios (la prueba z a partir de un millón de tablas); ambas tratan los periodos como muestras independientes. Una ruptura señala un cambio de definición (puestos o tipo de un órgano, versión de la definición de un indicador): no se calcula ninguna variación a través de ella.
col-period = Periodo
col-change = Variación
col-change-interval = Intervalo de la variación
progress-no-records = sin datos
progress-points = { $points } puntos
progress-p-exact = { $p } (Fisher)
progress-p-z = { $p } (prueba z)
progress-break = ruptura: { $reason }
break-seats = los puestos de { $name } pasaron de { $from } a { $to }
break-kind = { $name } cambió de tipo, de { $from } a { $to }
break-definition = la definición de `{ $name }` pasó de { $from } a { $to }
break-unknown = desconocido
break-default = la definición por defecto
chart-series = { $title }, por periodo: { $points }.
chart-series-point = { $period }: { $value }
heading-targets = Metas
target-level-none = nivel no indicado
target-status-met = ya alcanzada
target-status-on-track = en buen camino
target-status-off-track = con retraso
target-status-too-early = demasiado pronto para saberlo (un solo valor desde el inicio o la ruptura de la serie)
target-status-no-level = no se indica ningún nivel, por lo que no se puede valorar el avance
target-line = Meta `{ $id }` ({ $level } para el { $by }): { $title }, { $latest } en { $period }: { $status }.
target-seats = Las mujeres ocupan { $held } de { $seats } puestos y necesitan { $needed } ({ $short } más).
target-no-data = Meta `{ $id }` ({ $level } para el { $by }): ningún periodo da un valor para `{ $indicator }`.
target-source = Fuente: { $source }

## Personas que figuran en los registros (solo con --show-names)
heading-people = Personas que figuran en los registros (nombres mostrados a petición)
people-warning = Datos personales: esta sección solo se imprime a petición (`--show-names`). No la publique.
people-group = Grupo
people-index = N.º
people-name = Nombre
people-title = Cargo
people-gender = Género
people-uncertain = Género incierto
people-role = Función
people-gender-woman = mujer
people-gender-man = hombre
people-gender-non-binary = no binario
people-gender-undisclosed = no declarado
