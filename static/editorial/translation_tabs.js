/* One tab per language over modeltranslation's fields in the admin change form.
 *
 * modeltranslation marks each language's widget with the class "mt-field-<field>-<lang>";
 * this shows the rows (and inline table columns) of the chosen language and hides the
 * others. Tabs are marked when their language has no text at all, some fields without
 * text, or an outdated translation (from the server). Without script every language shows.
 */
(function () {
  "use strict";

  function ready(callback) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", callback);
    } else {
      callback();
    }
  }

  function languageOf(widget, codes) {
    for (var i = 0; i < widget.classList.length; i += 1) {
      var name = widget.classList[i];
      if (name.indexOf("mt-field-") === 0) {
        for (var j = 0; j < codes.length; j += 1) {
          if (name.slice(-codes[j].length - 1) === "-" + codes[j]) {
            return codes[j];
          }
        }
      }
    }
    return null;
  }

  /* The elements to hide for one widget: its form row, or its table cell and column head. */
  function holders(widget) {
    var cell = widget.closest("td");
    if (cell && cell.closest(".tabular")) {
      var found = [cell];
      var column = Array.prototype.find.call(cell.classList, function (c) {
        return c.indexOf("field-") === 0;
      });
      var table = cell.closest("table");
      if (column && table) {
        table.querySelectorAll("th.column-" + column.slice(6)).forEach(function (th) {
          found.push(th);
        });
      }
      return found;
    }
    var row = widget.closest(".fieldBox") || widget.closest(".form-row");
    return row ? [row] : [];
  }

  function isTemplate(widget) {
    return widget.id.indexOf("__prefix__") !== -1 || widget.closest(".empty-form") !== null;
  }

  ready(function () {
    var strip = document.querySelector(".translation-tabs");
    if (!strip) {
      return;
    }
    var tabs = Array.prototype.slice.call(strip.querySelectorAll("[role=tab]"));
    var codes = tabs.map(function (tab) {
      return tab.dataset.language;
    });
    var byLanguage = {};

    function collect() {
      codes.forEach(function (code) {
        byLanguage[code] = [];
      });
      document.querySelectorAll("#content-main .mt").forEach(function (widget) {
        var code = languageOf(widget, codes);
        if (code) {
          byLanguage[code].push(widget);
        }
      });
    }

    collect();
    if (!codes.some(function (code) { return byLanguage[code].length; })) {
      return;
    }

    function filled(widget) {
      return (widget.value || "").trim() !== "";
    }

    function mark() {
      tabs.forEach(function (tab) {
        var own = byLanguage[tab.dataset.language].filter(function (w) {
          return !isTemplate(w);
        });
        var count = own.filter(filled).length;
        var empty = own.length > 0 && count === 0;
        tab.querySelector("[data-state=empty]").hidden = !empty;
        tab.querySelector("[data-state=incomplete]").hidden = empty || count === own.length;
      });
    }

    function select(code, focus) {
      tabs.forEach(function (tab) {
        var on = tab.dataset.language === code;
        tab.setAttribute("aria-selected", on ? "true" : "false");
        tab.tabIndex = on ? 0 : -1;
        if (on && focus) {
          tab.focus();
        }
      });
      codes.forEach(function (other) {
        byLanguage[other].forEach(function (widget) {
          holders(widget).forEach(function (element) {
            element.classList.toggle("translation-hidden", other !== code);
          });
        });
      });
      strip.dataset.selected = code;
    }

    tabs.forEach(function (tab, index) {
      tab.addEventListener("click", function () {
        select(tab.dataset.language, false);
      });
      tab.addEventListener("keydown", function (event) {
        var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (step) {
          event.preventDefault();
          select(codes[(index + step + codes.length) % codes.length], true);
        }
      });
    });
    // Rows added to an inline ("Add another …") follow the chosen tab.
    document.addEventListener("formset:added", function () {
      collect();
      select(strip.dataset.selected, false);
      mark();
    });
    document.querySelector("#content-main").addEventListener("input", function (event) {
      if (event.target.classList && event.target.classList.contains("mt")) {
        mark();
      }
    });

    // Open on the first language with an error, else the source language.
    var start = codes[0];
    for (var i = 0; i < codes.length; i += 1) {
      var withError = byLanguage[codes[i]].some(function (widget) {
        return holders(widget).some(function (element) {
          return element.classList.contains("errors") || element.querySelector(".errorlist");
        });
      });
      if (withError) {
        start = codes[i];
        break;
      }
    }
    // Rows of outdated translations (named by the server) get a mark of their own.
    strip.querySelectorAll("[data-state=outdated]").forEach(function (note) {
      note.dataset.columns.split(" ").forEach(function (column) {
        document.querySelectorAll(".form-row.field-" + column).forEach(function (row) {
          row.classList.add("translation-outdated");
        });
      });
    });
    strip.hidden = false;
    mark();
    select(start, false);
  });
})();
