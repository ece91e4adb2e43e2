# es: `gia obligations` (src/report/law.rs) y los errores del módulo law (src/law).
# Ids are unique across all files of a language; every id exists in en, fr and es.

law-heading = Obligaciones: { $country ->
    [eu] Unión Europea
    [fr] Francia
    [es] España
   *[uk] Reino Unido
}, informes que vencen en { $year }
law-intro = Un empleador de { $employees ->
    [one] { $employees } persona trabajadora
   *[other] { $employees } personas trabajadoras
}{ $listed ->
    [yes] , cotizado
   *[no] {""}
}{ $public ->
    [yes] , entidad de interés público
   *[no] {""}
}. Un informe que vence en { $year } cubre { $datayear } (o una fecha de referencia de { $datayear }). Reglas comparadas con sus fuentes por última vez el { $checked }; esto no es asesoramiento jurídico.
law-pay-heading = Retribución
law-indicators = Indicadores del artículo 9 que vencen en { $year }: { $letters }.
law-indicators-none = Ningún indicador del artículo 9 vence en { $year }.
law-pay-none = Ninguna obligación retributiva recogida aquí afecta a esta plantilla.
law-col-rule = Regla
law-col-duty = Obligación
law-col-due = Vence este año
law-col-cadence = Frecuencia
law-col-deadline = Plazo
law-col-next = Próxima vez
law-col-source = Fuente (texto leído)
law-col-body = Órgano
law-col-in-force = En vigor
law-col-next-step = Próximo paso
law-duty = { $duty ->
    [pay_gap_report] Informe sobre la brecha retributiva (indicadores a–g)
    [joint_pay_assessment] Evaluación retributiva conjunta
    [egapro] Declaración en égapro
    [pay_register] Registro retributivo
    [pay_audit] Auditoría retributiva
    [gap_justification] Justificación de una diferencia del 25 % o más
   *[uk_gender_pay_gap] Las seis cifras británicas de la brecha retributiva
}
law-yes-no = { $value ->
    [yes] sí
   *[no] no
}
law-read = { $value ->
    [yes] leído
   *[no] no leído
}
law-optional = opcional (a elección del Estado miembro)
law-cadence = { $every ->
    [0] en todo momento
    [1] cada año
   *[other] cada { $every } años
}
law-jpa = `{ $rule }`: sigue una evaluación retributiva conjunta cuando la brecha media de una categoría de trabajadores es del { $threshold } % o más, no está justificada por criterios objetivos y neutros respecto al género y no se corrige en los { $months } meses siguientes al informe.
law-threshold = `{ $rule }`: una diferencia del { $threshold } % o más entre la retribución media de mujeres y hombres, en total o en un grupo, debe justificarse.
law-snapshot = `{ $rule }`: en la fecha de referencia { $date }.
law-uk-figures = `{ $rule }`: las brechas media y mediana de la retribución por hora, las brechas media y mediana de las primas, las proporciones de mujeres y hombres que cobran prima y la proporción de mujeres y hombres en cada cuartil; las seis se publican.
law-published = `{ $rule }`: se publican: { $letters }.
law-confidential = `{ $rule }`: no se publica: { $text } (tal como lo dicen los datos, en inglés).
law-gov-heading = Consejos y dirección, a 31 de diciembre de { $year }
law-gov-none = Ninguna cuota de consejo o de dirección recogida aquí afecta a esta organización.
law-body = { $body ->
    [board] Consejo
    [senior_executives] Alta dirección
   *[management_bodies] Miembros de los órganos de dirección
}
law-objective = { $share } % { $of ->
    [non_executive] de los consejeros no ejecutivos
   *[all] de los puestos
}
law-or = o
law-since = desde el { $date }
law-from = a partir del { $date }
law-not-yet = aún no en vigor
law-condition = `{ $rule }` solo se aplica a: { $text } (tal como lo dicen los datos, en inglés).
law-unless-sme = `{ $rule }` solo se aplica si la empresa no es una pyme (lo que también depende de su volumen de negocio).
law-deadlines-heading = Plazos en { $year }
law-deadlines-none = Ningún plazo con fecha en { $year }.
law-unverified-heading = Reglas no comprobadas con el texto legal
law-unverified-intro = Estas reglas se recordaron de memoria o se tomaron de fuentes secundarias o de una implementación; cada nota (en inglés, de los datos) dice qué es incierto.
law-all-verified = Cada regla aplicada aquí se comprobó con su texto legal.
law-error-document = { $pointer }: { $problem }
law-error-country = --country: se esperaba eu, fr, es o uk, se encontró `{ $found }`
law-error-no-employees = --employees: se esperaba una plantilla de al menos 1, se encontró 0
law-error-before-rules = --year: las reglas retributivas recogidas para { $country } empiezan en { $first }; para { $year } gia no recoge ninguna y no adivina

## Las cuotas de los consejos en una evaluación (organisation.jurisdiction)
quota-heading = Cuotas de los consejos ({ $country })
quota-intro = Las cuotas de los consejos conocidas para `{ $country }`, aplicadas a cada órgano en la fecha de su composición (o al final del periodo cuando falta). La organización se lee así: { $employees } personas empleadas; cotizada: { $listed }; entidad de interés público: { $public } (un campo ausente del documento se lee como no).
quota-col-body = Órgano, fecha
quota-col-held = Puestos del sexo menos representado
quota-col-status = Estado
quota-body-date = { $name }, { $date }{ $end ->
    [yes] {" "}(final del periodo)
   *[no] {""}
}
quota-held = { $sex ->
    [woman] las mujeres ocupan { $held } de { $seats }
    [man] los hombres ocupan { $held } de { $seats }
   *[none] cada sexo ocupa { $held } de { $seats }
}
quota-needed = { $objective }: { $needed } necesarios
quota-unchecked = { $objective }: no comprobado (esos puestos no constan)
quota-status = { $status ->
    [met] cumplido
    [short] { $short ->
        [one] falta { $short }
       *[other] faltan { $short }
    }
   *[undecided] indeterminado
}
quota-assumed-all = { $body }: el documento no dice qué puestos de consejero constan (`directors`); se suponen todos los consejeros.
quota-non-executive = { $body }: los puestos son de consejeros no ejecutivos; un objetivo sobre todos los consejeros no se comprueba.
quota-neither = { $body }: { $n ->
    [one] { $n } miembro registrado como no binario o sin género declarado ocupa un puesto pero no cuenta
   *[other] { $n } miembros registrados como no binarios o sin género declarado ocupan puestos pero no cuentan
} para ningún sexo.
quota-withheld = La comprobación del órgano `{ $body }` se retiene (control de divulgación).
quota-unmatched = `{ $rule }` concierne a la organización pero cuenta { $body ->
    [board] un consejo
    [senior_executives] la alta dirección
   *[management_bodies] los órganos de dirección
}, y ningún órgano se cuenta como tal (`quota_body`).
quota-outside = `{ $rule }` no concierne a la organización: se aplica a { $scope }.
quota-scope-listed = sociedades cotizadas
quota-scope-public = entidades de interés público
quota-scope-employees = organizaciones de { $n } personas empleadas o más
quota-none = Ninguna cuota de consejo conocida para `{ $country }` concierne a la organización.
quota-sources-heading = Fuentes de las reglas
quota-source = `{ $rule }`: { $act }, { $article }, { $url } (texto { $read ->
    [yes] leído
   *[no] no leído
}).
quota-recalled = `{ $rule }` se recordó en lugar de leerse: { $note } (la nota de los datos, en inglés).
