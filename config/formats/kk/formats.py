# Kazakh: "2025 ж. 25 қыркүйек", "2025 ж. қыркүйек".
DATE_FORMAT = "Y \\ж. j E"
YEAR_MONTH_FORMAT = "Y \\ж. F"
