# Day-month-year reads the same to every reader of an international archive.
DATE_FORMAT = "j F Y"
YEAR_MONTH_FORMAT = "F Y"
