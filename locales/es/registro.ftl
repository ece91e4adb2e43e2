## Registro retributivo (src/report/registro.rs).
registro-heading = España: registro retributivo (RD 902/2020, art. 5–6; Estatuto de los Trabajadores, art. 28)
registro-audience-representatives = Para la representación legal de las personas trabajadoras: el registro completo, con los importes efectivos y los importes equiparados.
registro-audience-worker = Para una persona trabajadora que lo ha solicitado sin representación legal: solo las diferencias porcentuales entre las retribuciones promediadas de mujeres y hombres, sin importes (RD 902/2020, art. 5.3).
registro-averages-all-workers = Medias y medianas sobre todas las personas del grupo; quien no percibió un concepto cuenta como 0 (la lectura adoptada donde la norma no lo precisa; la otra: --registro-averages recipients).
registro-averages-recipients = Medias y medianas sobre las personas del grupo que percibieron el concepto (--registro-averages recipients; la lectura por defecto cuenta a todas las personas del grupo).
registro-equalised-note = Importe equiparado: el importe ÷ (coeficiente de jornada × días trabajados ÷ 365), lo que se habría percibido a jornada completa durante el año completo.
registro-gap-note = Las diferencias son (hombres − mujeres) ÷ hombres: positivas cuando los hombres perciben más. Junto a cada cifra figura el número de personas; † señala una fila con menos de { $k } mujeres u hombres.
registro-excluded = { $n ->
        [one] { $n } persona de otro género o de género no declarado se cuenta
       *[other] { $n } personas de otro género o de género no declarado se cuentan
    } en la nómina pero no en las columnas de mujeres y hombres.
registro-not-finite = { $n ->
        [one] { $n } importe equiparado demasiado grande para representarse (un coeficiente de jornada ínfimo) queda
       *[other] { $n } importes equiparados demasiado grandes para representarse (un coeficiente de jornada ínfimo) quedan
    } fuera de las cifras equiparadas.
registro-group-all = Todos los grupos
registro-group = Grupo { $group }
registro-group-none = Personas trabajadoras sin grupo profesional
registro-heading-actual = Importes efectivamente percibidos:
registro-heading-equalised = Importes equiparados a jornada completa y año completo:
registro-col-concept = Concepto
registro-col-women = Mujeres
registro-col-men = Hombres
registro-col-mean-women = Media, mujeres
registro-col-mean-men = Media, hombres
registro-col-median-women = Mediana, mujeres
registro-col-median-men = Mediana, hombres
registro-col-gap = Diferencia
registro-col-gap-mean = Diferencia, media
registro-col-gap-median = Diferencia, mediana
registro-col-gap-mean-equalised = Diferencia, media equiparada
registro-col-gap-median-equalised = Diferencia, mediana equiparada
registro-concept-base = Salario base
registro-concept-supplement = Complemento salarial: { $name }
registro-concept-non-salary = Percepción extrasalarial: { $name }
registro-concept-total = Total
registro-small = menos de { $k } mujeres u hombres en la fila: cifras sobre muy pocas personas, que deben leerse con cautela.
registro-rule-heading = La regla del 25{"\u00A0"}% (Estatuto de los Trabajadores, art. 28.3)
registro-rule-applies = La empresa tiene { $employees } personas trabajadoras, 50 o más: cuando la retribución total media de un sexo supera a la del otro en un 25{"\u00A0"}% o más, el registro debe incluir una justificación de que la diferencia responde a motivos no relacionados con el sexo.
registro-rule-not-applies = La empresa tiene { $employees } personas trabajadoras, menos de 50: la regla del 25{"\u00A0"}% no se aplica; las diferencias se muestran a título informativo.
registro-rule-check = { $group }: { $higher ->
        [women] la retribución total media de las mujeres es superior en un { $excess }
        [men] la retribución total media de los hombres es superior en un { $excess }
        [equal] retribuciones totales medias iguales
       *[none] sin comparación (faltan mujeres u hombres)
    }; equiparada: { $higherequalised ->
        [women] la de las mujeres superior en un { $excessequalised }
        [men] la de los hombres superior en un { $excessequalised }
        [equal] iguales
       *[none] sin comparación
    }. { $status }
registro-rule-below = Por debajo del 25{"\u00A0"}%.
registro-rule-required = 25{"\u00A0"}% o más: se debe una justificación, y no se ha dado ninguna (--justifications).
registro-rule-exceeds-small = 25{"\u00A0"}% o más (la regla se aplica desde 50 personas trabajadoras).
registro-rule-justified = 25{"\u00A0"}% o más; justificación de la empresa: «{ $text }»
registro-col-group = Grupo profesional
registro-group-total = Total
registro-sheet-actual = Retribución efectiva
registro-sheet-equalised = Retribución equiparada
registro-sheet-differences = Diferencias porcentuales
registro-sheet-rule = Regla del 25 %
