# Russian: "25 сентября 2025 г.", "сентябрь 2025 г." (Django's own capitalises the month).
DATE_FORMAT = "j E Y \\г."
YEAR_MONTH_FORMAT = "F Y \\г."
