/* Drag and drop for the event form's "Attach photos and documents" panel.
 *
 * Each dropped or chosen file is posted on its own, one after another (XMLHttpRequest,
 * so each gets a progress bar from the upload's progress events) to the panel form's action; the
 * server answers JSON and the new draft is added to the list below. Without script the
 * form posts all chosen files at once and the page comes back with a message.
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

  function upload(form, file, next) {
    var list = form.querySelector("[data-event-media-progress]");
    var item = document.createElement("li");
    var name = document.createElement("span");
    var bar = document.createElement("progress");
    var status = document.createElement("span");
    name.textContent = file.name + " ";
    bar.max = 100;
    bar.value = 0;
    status.className = "event-media-status";
    item.append(name, bar, status);
    list.appendChild(item);

    var data = new FormData();
    data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
    data.append("files", file);
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    request.upload.addEventListener("progress", function (event) {
      if (event.lengthComputable) {
        bar.value = Math.round((event.loaded / event.total) * 100);
      }
    });
    request.addEventListener("load", function () {
      var answer = {};
      try {
        answer = JSON.parse(request.responseText);
      } catch (error) {
        answer = { error: form.dataset.failed };
      }
      if (request.status === 200 && answer.records) {
        bar.value = 100;
        item.classList.add("done");
        status.textContent = " " + answer.message;
        answer.records.forEach(function (record) {
          var target = document.querySelector('[data-event-media-list="' + record.kind + '"]');
          var entry = document.createElement("li");
          var link = document.createElement("a");
          link.href = record.url;
          link.textContent = record.title;
          entry.appendChild(link);
          if (target) {
            target.insertBefore(entry, target.firstChild);
          }
        });
      } else {
        item.classList.add("refused");
        status.textContent = " " + (answer.error || request.statusText);
      }
    });
    request.addEventListener("error", function () {
      item.classList.add("refused");
      status.textContent = " " + form.dataset.failed;
    });
    request.addEventListener("loadend", next);
    request.send(data);
  }

  /* Files wait in a queue and go one at a time: each gets its bar when its turn comes; the server takes one upload at a time. */
  var queue = [];
  var busy = false;

  function pump() {
    var job = queue.shift();
    busy = Boolean(job);
    if (job) {
      upload(job.form, job.file, pump);
    }
  }

  function send(form, files) {
    Array.prototype.forEach.call(files, function (file) {
      queue.push({ form: form, file: file });
    });
    if (!busy) {
      pump();
    }
  }

  ready(function () {
    document.querySelectorAll(".event-media-form").forEach(function (form) {
      var zone = form.querySelector("[data-event-media-drop]");
      var input = form.querySelector("input[type=file]");
      var button = form.querySelector("[data-event-media-submit]");
      form.classList.add("scripted");
      button.hidden = true;
      input.addEventListener("change", function () {
        send(form, input.files);
        input.value = "";
      });
      ["dragenter", "dragover"].forEach(function (type) {
        zone.addEventListener(type, function (event) {
          event.preventDefault();
          zone.classList.add("dragging");
        });
      });
      ["dragleave", "drop"].forEach(function (type) {
        zone.addEventListener(type, function () {
          zone.classList.remove("dragging");
        });
      });
      zone.addEventListener("drop", function (event) {
        event.preventDefault();
        if (event.dataTransfer && event.dataTransfer.files.length) {
          send(form, event.dataTransfer.files);
        }
      });
    });
  });
})();
