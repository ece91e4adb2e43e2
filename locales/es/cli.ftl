# es: messages of the command-line tool gia (src/bin/gia.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.

## Usage errors (printed after `gia: `, exit code 2)
cli-no-input = ningún documento que leer: indique un archivo (`gia { $command } ARCHIVO.json`, o `-` para la entrada estándar), o pida el ejemplo incluido con `gia { $command } --example metropolis`
cli-unknown-framework = marco desconocido `{ $id }`; marcos integrados: { $built-in }
cli-framework-not-found = --framework: `{ $arg }` no es un marco integrado ({ $built-in }) ni un archivo
cli-level = --level: un nivel de confianza debe estar estrictamente entre 0 y 1 (por ejemplo 0.95); se encontró { $value }
cli-reference = --reference: una proporción debe ser un número de 0 a 1; se encontró { $value }
cli-default-weekly-hours = --default-weekly-hours: se esperaban horas semanales de 0.01 a 168
cli-delimiter = --delimiter: se esperaba un carácter ASCII (ni comillas ni salto de línea) o `tab`
cli-cannot-read = no se puede leer { $path }: { $kind ->
    [not-found] no existe el archivo o el directorio
    [permission-denied] permiso denegado
    [is-a-directory] es un directorio
   *[other] { $detail }
}
cli-cannot-write = no se puede escribir { $path }: { $kind ->
    [not-found] no existe el directorio
    [permission-denied] permiso denegado
    [is-a-directory] es un directorio
   *[other] { $detail }
}
cli-internal = error interno: { $detail }

## Problems in the input (printed as `pointer: message`, exit code 1)
cli-not-utf8 = se esperaba un documento de texto en UTF-8, pero el byte { $byte } no es UTF-8 válido
cli-list-not-array = --{ $flag }: se esperaba una matriz JSON de objetos, cada uno con "category" ({ $flag ->
        [measures] y "measures", y "evaluation" si la hay
       *[other] y "text"
    }), pero el documento tiene otra forma (línea { $line }, columna { $column })
cli-list-unknown-category = --{ $flag }: se esperaba una categoría de trabajadores presente en la nómina, pero ninguna fila la tiene
cli-format-needs-by = --format { $format } escribe una línea por grupo: se esperaba con --by COL
cli-by-format = --by escribe un análisis por grupo, a medida que avanza: se esperaba --format ndjson, csv o parquet (un informe Markdown, HTML o JSON de miles de empleadores no lo lee nadie; ejecute gia pay sobre las filas de un empleador para su informe)
cli-by-flag = { $flag } se aplica al informe de un solo empleador: se esperaba sin --by
cli-sheet-not-workbook = --sheet se aplica a un libro (.xlsx, .xlsm, .xlsb, .xls, .ods), no a un archivo CSV
cli-text-flags-not-text-file = --delimiter y --encoding se aplican a un archivo de texto (CSV), no a un libro ni a un archivo Parquet, cuyas celdas y textos ya tienen tipo
cli-stdin-parquet-too-large = un archivo Parquet en la entrada estándar se guarda en memoria (su pie está al final): se esperaba como mucho { $max } GiB, se encontró más; indique la ruta del archivo
cli-needs-profile-es = { $flag } se aplica al registro retributivo español: se esperaba con --profile es
cli-init-json-only = se esperaba un nombre de archivo terminado en .json o .xlsx
cli-convert-kinds = se esperaban un documento JSON y un libro (`gia convert datos.json datos.xlsx`, o al revés; un libro se lee de .xlsx, .xlsm, .xlsb, .xls u .ods y se escribe como .xlsx); se encontraron { $from } y { $to }
cli-network-workbook = --network lee un documento JSON; un libro contiene una sola organización
cli-fields-without-ndjson = --fields elige lo que contiene cada línea de --format ndjson: añada --format ndjson o quite --fields
cli-init-exists = { $path } existe: elija otro nombre, o indique --force para reemplazarlo
cli-init-written = se escribió { $path }: reemplace las filas de ejemplo por sus registros y ejecute `gia validate { $path }`
