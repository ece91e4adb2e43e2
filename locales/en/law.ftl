# en: `gia obligations` (src/report/law.rs) and the errors of the law module (src/law).
# Ids are unique across all files of a language; every id exists in en, fr and es.

law-heading = Obligations: { $country ->
    [eu] European Union
    [fr] France
    [es] Spain
   *[uk] United Kingdom
}, reports due in { $year }
law-intro = An employer of { $employees ->
    [one] { $employees } employee
   *[other] { $employees } employees
}{ $listed ->
    [yes] , listed
   *[no] {""}
}{ $public ->
    [yes] , public-interest entity
   *[no] {""}
}. A report due in { $year } covers { $datayear } (or a snapshot date in { $datayear }). Rules last compared with their sources on { $checked }; this is not legal advice.
law-pay-heading = Pay
law-indicators = Article 9 indicators due in { $year }: { $letters }.
law-indicators-none = No Article 9 indicator is due in { $year }.
law-pay-none = No pay duty held here concerns this headcount.
law-col-rule = Rule
law-col-duty = Duty
law-col-due = Due this year
law-col-cadence = Cadence
law-col-deadline = Deadline
law-col-next = Next due
law-col-source = Source (text read)
law-col-body = Body
law-col-in-force = In force
law-col-next-step = Next step
law-duty = { $duty ->
    [pay_gap_report] Pay-gap report (indicators a–g)
    [joint_pay_assessment] Joint pay assessment
    [egapro] Declaration on égapro
    [pay_register] Pay register (registro retributivo)
    [pay_audit] Pay audit (auditoría retributiva)
    [gap_justification] Justification of a gap of 25% or more
   *[uk_gender_pay_gap] The six gender pay gap figures
}
law-yes-no = { $value ->
    [yes] yes
   *[no] no
}
law-read = { $value ->
    [yes] read
   *[no] not read
}
law-optional = optional (the member state's choice)
law-cadence = { $every ->
    [0] at all times
    [1] every year
   *[other] every { $every } years
}
law-jpa = `{ $rule }`: a joint pay assessment follows when the mean gap of a category of workers is { $threshold }% or more, is not justified by objective, gender-neutral criteria and is not remedied within { $months } months of the report.
law-threshold = `{ $rule }`: a gap of { $threshold }% or more between the mean pay of women and men, overall or in a group, must be justified.
law-snapshot = `{ $rule }`: on the snapshot date { $date }.
law-uk-figures = `{ $rule }`: the mean and median hourly pay gaps, the mean and median bonus gaps, the proportions of women and men paid a bonus, and the shares of women and men in each quartile pay band; all six are published.
law-published = `{ $rule }`: published: { $letters }.
law-confidential = `{ $rule }`: not published: { $text } (as the data says it, in English).
law-gov-heading = Boards and management, as at 31 December { $year }
law-gov-none = No board or management quota held here concerns this organisation.
law-body = { $body ->
    [board] Board
    [senior_executives] Senior executives
   *[management_bodies] Members of management bodies
}
law-objective = { $share }% of { $of ->
    [non_executive] non-executive directors
   *[all] the seats
}
law-or = or
law-since = since { $date }
law-from = from { $date }
law-not-yet = not yet in force
law-condition = `{ $rule }` applies only to: { $text } (as the data says it, in English).
law-unless-sme = `{ $rule }` applies only if the company is not a small or medium-sized enterprise (which also depends on its turnover).
law-deadlines-heading = Deadlines in { $year }
law-deadlines-none = No dated deadline in { $year }.
law-unverified-heading = Rules not checked against the legal text
law-unverified-intro = These rules were recalled, or taken from secondary sources or from an implementation; each note (in English, from the data) says what is uncertain.
law-all-verified = Every rule applied here was checked against its legal text.
law-error-document = { $pointer }: { $problem }
law-error-country = --country: expected one of eu, fr, es, uk, found `{ $found }`
law-error-no-employees = --employees: expected a headcount of at least 1, found 0
law-error-before-rules = --year: the pay rules held for { $country } begin in { $first }; for { $year } gia holds none and does not guess

## The board quotas of an assessment (organisation.jurisdiction)
quota-heading = Board quotas ({ $country })
quota-intro = The board quotas held for `{ $country }`, each applied to a body on the date of its composition (or the period's end when it has none). The organisation is read as: { $employees } employees; listed: { $listed }; public-interest entity: { $public } (a field the document leaves out is read as no).
quota-col-body = Body, date
quota-col-held = Seats held by the under-represented sex
quota-col-status = Status
quota-body-date = { $name }, { $date }{ $end ->
    [yes] {" "}(period's end)
   *[no] {""}
}
quota-held = { $sex ->
    [woman] women hold { $held } of { $seats }
    [man] men hold { $held } of { $seats }
   *[none] each sex holds { $held } of { $seats }
}
quota-needed = { $objective }: { $needed } needed
quota-unchecked = { $objective }: not checked (those seats are not recorded)
quota-status = { $status ->
    [met] met
    [short] { $short } short
   *[undecided] undecided
}
quota-assumed-all = { $body }: the document does not say which director positions the seats are (`directors`); all directors are assumed.
quota-non-executive = { $body }: the seats are non-executive director positions; an objective on all directors is not checked.
quota-neither = { $body }: { $n ->
    [one] { $n } member recorded non-binary or undisclosed holds a seat but counts
   *[other] { $n } members recorded non-binary or undisclosed hold seats but count
} for neither sex.
quota-withheld = The check of the body `{ $body }` is withheld (disclosure control).
quota-unmatched = `{ $rule }` concerns the organisation but counts { $body ->
    [board] a board
    [senior_executives] senior executives
   *[management_bodies] management bodies
}, and no body is counted as such (`quota_body`).
quota-outside = `{ $rule }` does not concern the organisation: it applies to { $scope }.
quota-scope-listed = listed companies
quota-scope-public = public-interest entities
quota-scope-employees = organisations of { $n } employees or more
quota-none = No board quota held for `{ $country }` concerns the organisation.
quota-sources-heading = Sources of the rules
quota-source = `{ $rule }`: { $act }, { $article }, { $url } (text { $read ->
    [yes] read
   *[no] not read
}).
quota-recalled = `{ $rule }` was recalled rather than read: { $note } (the data's note, in English).
