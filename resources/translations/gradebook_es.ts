<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>BulkDialog</name>
        <message>
            <source>Fill empty grades with a score</source>
            <translation>Rellenar las calificaciones vacías con una puntuación</translation>
        </message>
        <message>
            <source>Add or subtract points</source>
            <translation>Sumar o restar puntos</translation>
        </message>
        <message>
            <source>Multiply scores</source>
            <translation>Multiplicar las puntuaciones</translation>
        </message>
        <message>
            <source>Rescale from another maximum, keeping percentages</source>
            <translation>Reescalar desde otro máximo, conservando los porcentajes</translation>
        </message>
        <message>
            <source>Curve: shift so the mean reaches a target</source>
            <translation>Curva: desplazar para que la media alcance un objetivo</translation>
        </message>
        <message>
            <source>Curve: shift so the top score reaches a target</source>
            <translation>Curva: desplazar para que la puntuación más alta alcance un objetivo</translation>
        </message>
        <message>
            <source>Clear grades</source>
            <translation>Borrar calificaciones</translation>
        </message>
        <message>
            <source>&amp;Score for empty grades:</source>
            <translation>&amp;Puntuación para las calificaciones vacías:</translation>
        </message>
        <message>
            <source>&amp;Points to add (−2 subtracts):</source>
            <translation>&amp;Puntos que sumar (−2 resta):</translation>
        </message>
        <message>
            <source>&amp;Multiply by:</source>
            <translation>&amp;Multiplicar por:</translation>
        </message>
        <message>
            <source>&amp;Scores were out of:</source>
            <translation>&amp;Las puntuaciones eran sobre:</translation>
        </message>
        <message>
            <source>&amp;Mean to reach:</source>
            <translation>&amp;Media que alcanzar:</translation>
        </message>
        <message>
            <source>&amp;Top score to reach:</source>
            <translation>Puntuación más &amp;alta que alcanzar:</translation>
        </message>
        <message>
            <source>Fill empty grades with {value}</source>
            <translation>Rellenar las calificaciones vacías con {value}</translation>
        </message>
        <message>
            <source>Add {value} points</source>
            <translation>Sumar {value} puntos</translation>
        </message>
        <message>
            <source>Subtract {value} points</source>
            <translation>Restar {value} puntos</translation>
        </message>
        <message>
            <source>Multiply scores by {value}</source>
            <translation>Multiplicar las puntuaciones por {value}</translation>
        </message>
        <message>
            <source>Rescale from {value} to {maximum}</source>
            <translation>Reescalar de {value} a {maximum}</translation>
        </message>
        <message>
            <source>Curve: mean to {value}</source>
            <translation>Curva: media a {value}</translation>
        </message>
        <message>
            <source>Curve: top score to {value}</source>
            <translation>Curva: puntuación más alta a {value}</translation>
        </message>
        <message>
            <source>{change} ({count} learner)</source>
            <translation>{change} ({count} estudiante)</translation>
        </message>
        <message numerus="yes">
            <source>{change} ({count} learners)</source>
            <translation>
                <numerusform>{change} ({count} estudiante)</numerusform>
                <numerusform>{change} ({count} estudiantes)</numerusform>
            </translation>
        </message>
        <message>
            <source>Bulk change</source>
            <translation>Cambio masivo</translation>
        </message>
        <message>
            <source>the only learner of the column</source>
            <translation>el único estudiante de la columna</translation>
        </message>
        <message numerus="yes">
            <source>all {count} learners of the column</source>
            <translation>
                <numerusform>el único estudiante de la columna ({count})</numerusform>
                <numerusform>los {count} estudiantes de la columna</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} selected learner</source>
            <translation>{count} estudiante seleccionado</translation>
        </message>
        <message numerus="yes">
            <source>{count} selected learners</source>
            <translation>
                <numerusform>{count} estudiante seleccionado</numerusform>
                <numerusform>{count} estudiantes seleccionados</numerusform>
            </translation>
        </message>
        <message>
            <source>{item}, scores out of {maximum}: {who}</source>
            <translation>{item}, puntuaciones sobre {maximum}: {who}</translation>
        </message>
        <message>
            <source>Grade column and learners</source>
            <translation>Columna de calificación y estudiantes</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Value problem</source>
            <translation>Problema con el valor</translation>
        </message>
        <message>
            <source>&amp;Change:</source>
            <translation>&amp;Cambio:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Changes, old to new</source>
            <translation>Cambios, de anterior a nuevo</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Preview columns</source>
            <translation>Columnas de la vista previa</translation>
        </message>
        <message>
            <source>Scores before</source>
            <translation>Puntuaciones antes</translation>
        </message>
        <message>
            <source>Scores after</source>
            <translation>Puntuaciones después</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Saved on this computer as one change you can undo; nothing is sent to the LMS until you submit and confirm.</source>
            <translation>Se guarda en este equipo como un único cambio que puede deshacer; no se envía nada al LMS hasta que lo envíe y lo confirme.</translation>
        </message>
        <message>
            <source>write one number</source>
            <translation>escriba un número</translation>
        </message>
        <message>
            <source>Save {count} change</source>
            <translation>Guardar {count} cambio</translation>
        </message>
        <message numerus="yes">
            <source>Save {count} changes</source>
            <translation>
                <numerusform>Guardar {count} cambio</numerusform>
                <numerusform>Guardar {count} cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>not changed: {reason}</source>
            <translation>no cambia: {reason}</translation>
        </message>
        <message>
            <source>stopped at 0</source>
            <translation>limitada a 0</translation>
        </message>
        <message>
            <source>above the maximum (extra credit)</source>
            <translation>por encima del máximo (crédito extra)</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>Type the value to see what changes.</source>
            <translation>Escriba el valor para ver qué cambia.</translation>
        </message>
        <message>
            <source>{count} learner changes.</source>
            <translation>Cambia {count} estudiante.</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners change.</source>
            <translation>
                <numerusform>Cambia {count} estudiante.</numerusform>
                <numerusform>Cambian {count} estudiantes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing changes: every grade already is what this would make it.</source>
            <translation>No cambia nada: cada calificación ya tiene el valor que este cambio le daría.</translation>
        </message>
        <message>
            <source>Every score moves by {points}.</source>
            <translation>Todas las puntuaciones varían en {points}.</translation>
        </message>
        <message>
            <source>Mean {before} → {after}.</source>
            <translation>Media {before} → {after}.</translation>
        </message>
        <message numerus="yes">
            <source>{count} above the maximum (extra credit).</source>
            <translation>
                <numerusform>{count} por encima del máximo (crédito extra).</numerusform>
                <numerusform>{count} por encima del máximo (crédito extra).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} stopped at 0.</source>
            <translation>
                <numerusform>{count} limitada a 0.</numerusform>
                <numerusform>{count} limitadas a 0.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} cannot change (see the list).</source>
            <translation>
                <numerusform>{count} no puede cambiar (vea la lista).</numerusform>
                <numerusform>{count} no pueden cambiar (vea la lista).</numerusform>
            </translation>
        </message>
        <message>
            <source>When you submit, a score without a value is sent: the LMS then shows no grade. Comments are kept.</source>
            <translation>Al enviar, se envía una puntuación sin valor: el LMS deja entonces de mostrar una calificación. Los comentarios se conservan.</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>The score on the line item's scale; the decimal sign is “{sign}”. Enter saves and moves down, Escape cancels.</source>
            <translation>La puntuación en la escala de la columna de calificación; el separador decimal es «{sign}». Intro guarda y baja a la fila siguiente; Escape cancela.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Enter saves and moves down, Escape cancels.</source>
            <translation>Intro guarda y baja a la fila siguiente; Escape cancela.</translation>
        </message>
    </context>
    <context>
        <name>CellMark</name>
        <message>
            <source>saving on this computer…</source>
            <translation>guardando en este equipo…</translation>
        </message>
        <message>
            <source>saved on this computer, not sent</source>
            <translation>guardada en este equipo, no enviada</translation>
        </message>
        <message>
            <source>being sent to the LMS</source>
            <translation>enviándose al LMS</translation>
        </message>
        <message>
            <source>the LMS shows this grade</source>
            <translation>el LMS muestra esta calificación</translation>
        </message>
        <message>
            <source>conflict: changed in the LMS after you edited it</source>
            <translation>conflicto: cambió en el LMS después de que usted la editara</translation>
        </message>
        <message>
            <source>failed: the LMS did not take it</source>
            <translation>fallida: el LMS no la aceptó</translation>
        </message>
    </context>
    <context>
        <name>CellTexts</name>
        <message>
            <source>(no comment)</source>
            <translation>(sin comentario)</translation>
        </message>
        <message>
            <source>was: {was}
now: {now}</source>
            <translation>antes: {was}
ahora: {now}</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation>{score} sobre {maximum}</translation>
        </message>
        <message>
            <source>{now}, edited, was {was}</source>
            <translation>{now}, editada, antes {was}</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>sin comentario</translation>
        </message>
    </context>
    <context>
        <name>CommentBankDialog</name>
        <message>
            <source>This course</source>
            <translation>Este curso</translation>
        </message>
        <message>
            <source>Every course</source>
            <translation>Todos los cursos</translation>
        </message>
        <message>
            <source>Comment bank</source>
            <translation>Banco de comentarios</translation>
        </message>
        <message>
            <source>Saved comments</source>
            <translation>Comentarios guardados</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Atajo</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Saved comment columns</source>
            <translation>Columnas de los comentarios guardados</translation>
        </message>
        <message>
            <source>Typing {prefix} and the shortcut in a comment cell uses the comment</source>
            <translation>Al escribir {prefix} y el atajo en una celda de comentario se inserta el comentario</translation>
        </message>
        <message>
            <source>e.g. good</source>
            <translation>p. ej. bien</translation>
        </message>
        <message>
            <source>Whether the comment is offered in this course only or in every course</source>
            <translation>Si el comentario se ofrece solo en este curso o en todos los cursos</translation>
        </message>
        <message>
            <source>Comment text</source>
            <translation>Texto del comentario</translation>
        </message>
        <message>
            <source>Good work, {first_name}: {score} out of {maximum}.</source>
            <translation>Buen trabajo, {first_name}: {score} sobre {maximum}.</translation>
        </message>
        <message>
            <source>Placeholders: {placeholders}. In the search box above, {prefix}shortcut finds a comment.</source>
            <translation>Marcadores: {placeholders}. En el cuadro de búsqueda de arriba, {prefix}atajo encuentra un comentario.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>&amp;for</source>
            <translation>&amp;para</translation>
        </message>
        <message>
            <source>&amp;Shortcut:</source>
            <translation>&amp;Atajo:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Comentario:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Add the comment</source>
            <translation>Añadir el comentario</translation>
        </message>
        <message>
            <source>Sa&amp;ve changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <source>Save changes to the chosen comment</source>
            <translation>Guardar los cambios del comentario elegido</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Remove the chosen comment</source>
            <translation>Eliminar el comentario elegido</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import comments from a file</source>
            <translation>Importar comentarios de un archivo</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Export the comments to a file</source>
            <translation>Exportar los comentarios a un archivo</translation>
        </message>
        <message>
            <source>&amp;Give to {count} learner</source>
            <translation>&amp;Dar a {count} estudiante</translation>
        </message>
        <message>
            <source>Pick a comment for &lt;b&gt;{count} selected learner&lt;/b&gt;, or manage the saved comments.</source>
            <translation>Elija un comentario para &lt;b&gt;{count} estudiante seleccionado&lt;/b&gt;, o gestione los comentarios guardados.</translation>
        </message>
        <message>
            <source>{count} comment exported to {file}.</source>
            <translation>{count} comentario exportado a {file}.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Give to {count} learners</source>
            <translation>
                <numerusform>&amp;Dar a {count} estudiante</numerusform>
                <numerusform>&amp;Dar a {count} estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Find a comment</source>
            <translation>Buscar un comentario</translation>
        </message>
        <message>
            <source>Find by shortcut or text ({prefix}good)</source>
            <translation>Buscar por atajo o texto ({prefix}bien)</translation>
        </message>
        <message numerus="yes">
            <source>Pick a comment for &lt;b&gt;{count} selected learners&lt;/b&gt;, or manage the saved comments.</source>
            <translation>
                <numerusform>Elija un comentario para &lt;b&gt;{count} estudiante seleccionado&lt;/b&gt;, o gestione los comentarios guardados.</numerusform>
                <numerusform>Elija un comentario para &lt;b&gt;{count} estudiantes seleccionados&lt;/b&gt;, o gestione los comentarios guardados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}.</source>
            <translation>No se puede leer {file}: {reason}.</translation>
        </message>
        <message>
            <source>Imported from {file}: {changed} added or changed, {kept} already there.</source>
            <translation>Importado de {file}: {changed} añadidos o modificados, {kept} ya existentes.</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}.</source>
            <translation>No se puede escribir {file}: {reason}.</translation>
        </message>
        <message>
            <source>Not usable for {learner}: {problem}</source>
            <translation>No se puede usar para {learner}: {problem}</translation>
        </message>
        <message>
            <source>For {learner}: {text}</source>
            <translation>Para {learner}: {text}</translation>
        </message>
        <message>
            <source>Nothing was given: {problems}.</source>
            <translation>No se dio nada: {problems}.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was given: {problems} (and {count} more).</source>
            <translation>
                <numerusform>No se dio nada: {problems} (y {count} más).</numerusform>
                <numerusform>No se dio nada: {problems} (y {count} más).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} comments exported to {file}.</source>
            <translation>
                <numerusform>{count} comentario exportado a {file}.</numerusform>
                <numerusform>{count} comentarios exportados a {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Grades changed in the LMS</source>
            <translation>Calificaciones cambiadas en el LMS</translation>
        </message>
        <message>
            <source>This grade in “{label}” changed in the LMS after you edited it, so it was not sent. Keep yours (it is sent and replaces the LMS's grade) or take theirs (your edit is dropped). “Decide later” leaves it waiting.</source>
            <translation>Esta calificación de «{label}» cambió en el LMS después de que usted la editara, por lo que no se envió. Conserve la suya (se envía y sustituye la calificación del LMS) o acepte la del LMS (su edición se descarta). «Decidir más tarde» la deja en espera.</translation>
        </message>
        <message numerus="yes">
            <source>These {count} grades in “{label}” changed in the LMS after you edited them, so they were not sent. For each, keep yours (it is sent and replaces the LMS's grade) or take theirs (your edit is dropped). “Decide later” leaves it waiting.</source>
            <translation>
                <numerusform>Esta calificación de «{label}» cambió en el LMS después de que usted la editara, por lo que no se envió. Para cada una, conserve la suya (se envía y sustituye la calificación del LMS) o acepte la del LMS (su edición se descarta). «Decidir más tarde» la deja en espera.</numerusform>
                <numerusform>Estas {count} calificaciones de «{label}» cambiaron en el LMS después de que usted las editara, por lo que no se enviaron. Para cada una, conserve la suya (se envía y sustituye la calificación del LMS) o acepte la del LMS (su edición se descarta). «Decidir más tarde» la deja en espera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflicting grades</source>
            <translation>Calificaciones en conflicto</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Email or user ID</source>
            <translation>Correo electrónico o ID de usuario</translation>
        </message>
        <message>
            <source>When you edited</source>
            <translation>Cuando usted editó</translation>
        </message>
        <message>
            <source>In the LMS now</source>
            <translation>Ahora en el LMS</translation>
        </message>
        <message>
            <source>Yours (out of {maximum})</source>
            <translation>La suya (sobre {maximum})</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Conflict columns</source>
            <translation>Columnas del conflicto</translation>
        </message>
        <message>
            <source>LMS user ID: {id}</source>
            <translation>ID de usuario en el LMS: {id}</translation>
        </message>
        <message>
            <source>Decision for {name} ({who})</source>
            <translation>Decisión para {name} ({who})</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Aplicar</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Conservar todas las &amp;mías</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>Conservar todas las mías</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Aceptar todas las del &amp;LMS</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>Aceptar todas las del LMS</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>{score}, comment left as it was</source>
            <translation>{score}, comentario sin cambios</translation>
        </message>
        <message>
            <source>Your edit left the comment as it was</source>
            <translation>Su edición dejó el comentario sin cambios</translation>
        </message>
        <message>
            <source>{score}, no comment</source>
            <translation>{score}, sin comentario</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Sin comentario</translation>
        </message>
        <message>
            <source>{score}, “{comment}”</source>
            <translation>{score}, «{comment}»</translation>
        </message>
        <message>
            <source>Comment: {comment}</source>
            <translation>Comentario: {comment}</translation>
        </message>
    </context>
    <context>
        <name>ConnectionController</name>
        <message>
            <source>Not connected. Choose File › Connections… to connect to your LTIAAS account, or start the app with --demo to try the built-in sandbox.</source>
            <translation>Sin conectar. Elija Archivo › Conexiones… para conectarse a su cuenta de LTIAAS, o inicie la aplicación con --demo para probar el entorno de pruebas integrado.</translation>
        </message>
        <message>
            <source>There is no saved connection named “{name}”.</source>
            <translation>No hay ninguna conexión guardada llamada «{name}».</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>The secrets of “{name}” are not on this computer any more ({where}). Paste them again.</source>
            <translation>Los secretos de «{name}» ya no están en este equipo ({where}). Péguelos de nuevo.</translation>
        </message>
        <message>
            <source>Reading the launch…</source>
            <translation>Leyendo el lanzamiento…</translation>
        </message>
        <message>
            <source>No service key was offered: the ltik lasts 24 hours, then launch the tool from the LMS again.</source>
            <translation>No se ofreció ninguna clave de servicio: el ltik dura 24 horas; después, lance de nuevo la herramienta desde el LMS.</translation>
        </message>
        <message>
            <source>Not connected: the launch could not be read.</source>
            <translation>Sin conectar: no se pudo leer el lanzamiento.</translation>
        </message>
        <message>
            <source>Reading the launch (idtoken)</source>
            <translation>Leyendo el lanzamiento (idtoken)</translation>
        </message>
        <message>
            <source>LTIAAS refused the credentials. Press F5 to try again, or update the connection in File › Connections…</source>
            <translation>LTIAAS rechazó las credenciales. Pulse F5 para volver a intentarlo, o actualice la conexión en Archivo › Conexiones…</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>Connections</source>
            <translation>Conexiones</translation>
        </message>
        <message>
            <source>Saved connections</source>
            <translation>Conexiones guardadas</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Nueva conexión</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Eliminar la conexión</translation>
        </message>
        <message>
            <source>No saved connections yet: fill in the form to add one, or close this window and start the app with --demo to try the built-in sandbox.</source>
            <translation>Aún no hay conexiones guardadas: rellene el formulario para añadir una, o cierre esta ventana e inicie la aplicación con --demo para probar el entorno de pruebas integrado.</translation>
        </message>
        <message>
            <source>Saved connections:</source>
            <translation>Conexiones guardadas:</translation>
        </message>
        <message>
            <source>The API key comes from whoever runs your organisation's LTIAAS account. Paste it together with one ltik from a launch of this tool in your LMS: the app reads the launch, keeps the course's service key (which does not expire) and from then on works without another launch.</source>
            <translation>La clave de API la proporciona quien administra la cuenta de LTIAAS de su organización. Péguela junto con un ltik de un lanzamiento de esta herramienta en su LMS: la aplicación lee el lanzamiento, guarda la clave de servicio del curso (que no caduca) y a partir de ese momento funciona sin otro lanzamiento.</translation>
        </message>
        <message>
            <source>e.g. Biology 101</source>
            <translation>p. ej. Biología 101</translation>
        </message>
        <message>
            <source>Connection name</source>
            <translation>Nombre de la conexión</translation>
        </message>
        <message>
            <source>Connection name problem</source>
            <translation>Problema con el nombre de la conexión</translation>
        </message>
        <message>
            <source>LTIAAS address</source>
            <translation>Dirección de LTIAAS</translation>
        </message>
        <message>
            <source>LTIAAS address problem</source>
            <translation>Problema con la dirección de LTIAAS</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>Credential kind</source>
            <translation>Tipo de credencial</translation>
        </message>
        <message>
            <source>ltik</source>
            <translation>ltik</translation>
        </message>
        <message>
            <source>Paste the ltik of a launch of the tool in the LMS</source>
            <translation>Pegue el ltik de un lanzamiento de la herramienta en el LMS</translation>
        </message>
        <message>
            <source>Service key</source>
            <translation>Clave de servicio</translation>
        </message>
        <message>
            <source>Credentials problem</source>
            <translation>Problema con las credenciales</translation>
        </message>
        <message>
            <source>LMS family</source>
            <translation>Familia de LMS</translation>
        </message>
        <message>
            <source>Other or not known (standard LTI rules)</source>
            <translation>Otra o desconocida (reglas LTI estándar)</translation>
        </message>
        <message>
            <source>Show secrets</source>
            <translation>Mostrar secretos</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>LTIAAS &amp;address:</source>
            <translation>&amp;Dirección de LTIAAS:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Clave de API:</translation>
        </message>
        <message>
            <source>Ne&amp;w</source>
            <translation>N&amp;ueva</translation>
        </message>
        <message>
            <source>Sign &amp;in with:</source>
            <translation>&amp;Iniciar sesión con:</translation>
        </message>
        <message>
            <source>&amp;ltik:</source>
            <translation>&amp;ltik:</translation>
        </message>
        <message>
            <source>Ser&amp;vice key:</source>
            <translation>Clave de ser&amp;vicio:</translation>
        </message>
        <message>
            <source>L&amp;MS:</source>
            <translation>L&amp;MS:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Probar la conexión</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Resultado de la prueba</translation>
        </message>
        <message>
            <source>Where secrets are kept</source>
            <translation>Dónde se guardan los secretos</translation>
        </message>
        <message>
            <source>Keep secrets in a file only I can read instead ({file})</source>
            <translation>Guardar los secretos en un archivo que solo yo puedo leer ({file})</translation>
        </message>
        <message>
            <source>Keep secrets in an owner-only file</source>
            <translation>Guardar los secretos en un archivo que solo puede leer su propietario</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secretos</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save this connection without opening it</source>
            <translation>Guardar esta conexión sin abrirla</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <source>Save this connection and open its course</source>
            <translation>Guardar esta conexión y abrir su curso</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Stored {place}; leave empty to keep it</source>
            <translation>Guardado en {place}; déjelo vacío para conservarlo</translation>
        </message>
        <message>
            <source>Paste the LTIAAS API key</source>
            <translation>Pegue la clave de API de LTIAAS</translation>
        </message>
        <message>
            <source>Received from the ltik, or paste it</source>
            <translation>Obtenida del ltik, o péguela</translation>
        </message>
        <message>
            <source>Give the connection a name: letters, digits, spaces, dots, dashes or underscores, up to 64.</source>
            <translation>Dé un nombre a la conexión: letras, dígitos, espacios, puntos, guiones o guiones bajos, hasta 64.</translation>
        </message>
        <message>
            <source>A connection named “{name}” already exists.</source>
            <translation>Ya existe una conexión llamada «{name}».</translation>
        </message>
        <message>
            <source>Enter your LTIAAS address, e.g. https://youraccount.ltiaas.com</source>
            <translation>Introduzca su dirección de LTIAAS, p. ej. https://youraccount.ltiaas.com</translation>
        </message>
        <message>
            <source>Paste the API key of your LTIAAS account.</source>
            <translation>Pegue la clave de API de su cuenta de LTIAAS.</translation>
        </message>
        <message>
            <source>Paste an ltik from a launch of the tool in the LMS.</source>
            <translation>Pegue un ltik de un lanzamiento de la herramienta en el LMS.</translation>
        </message>
        <message>
            <source>Paste the course's service key.</source>
            <translation>Pegue la clave de servicio del curso.</translation>
        </message>
        <message>
            <source>Paste an ltik or the service key.</source>
            <translation>Pegue un ltik o la clave de servicio.</translation>
        </message>
        <message>
            <source>{keyring} You chose to keep them in a file only you can read; it is not encrypted.</source>
            <translation>{keyring} Ha elegido guardarlos en un archivo que solo usted puede leer; no está cifrado.</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Probando la conexión…</translation>
        </message>
        <message>
            <source>The test failed. {reason}</source>
            <translation>La prueba falló. {reason}</translation>
        </message>
        <message>
            <source>The test failed because of an error in the app: {error}</source>
            <translation>La prueba falló por un error de la aplicación: {error}</translation>
        </message>
    </context>
    <context>
        <name>CourseCommands</name>
        <message>
            <source>Choose a grade cell of the Course view first.</source>
            <translation>Elija primero una celda de calificación de la vista Curso.</translation>
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation>Editar {item} de {name}</translation>
        </message>
        <message>
            <source>Edit {count} grade of {item}</source>
            <translation>Editar {count} calificación de {item}</translation>
        </message>
        <message>
            <source>Open a connection first: comments are kept per course.</source>
            <translation>Abra primero una conexión: los comentarios se guardan por curso.</translation>
        </message>
        <message>
            <source>Comment for {name}</source>
            <translation>Comentario para {name}</translation>
        </message>
        <message>
            <source>Comment for {count} learner</source>
            <translation>Comentario para {count} estudiante</translation>
        </message>
        <message>
            <source>No grade is in conflict.</source>
            <translation>No hay ninguna calificación en conflicto.</translation>
        </message>
        <message>
            <source>Reading the current grades…</source>
            <translation>Leyendo las calificaciones actuales…</translation>
        </message>
        <message>
            <source>Reading the conflicting grades</source>
            <translation>Leyendo las calificaciones en conflicto</translation>
        </message>
        <message numerus="yes">
            <source>Comment for {count} learners</source>
            <translation>
                <numerusform>Comentario para {count} estudiante</numerusform>
                <numerusform>Comentario para {count} estudiantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit {count} grades of {item}</source>
            <translation>
                <numerusform>Editar {count} calificación de {item}</numerusform>
                <numerusform>Editar {count} calificaciones de {item}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseController</name>
        <message>
            <source>Open a connection first.</source>
            <translation>Abra primero una conexión.</translation>
        </message>
        <message>
            <source>The change was not saved</source>
            <translation>El cambio no se guardó</translation>
        </message>
        <message>
            <source>{action} failed on this computer: {reason}. The table shows what is saved; nothing was sent to the LMS.</source>
            <translation>{action}: error en este equipo: {reason}. La tabla muestra lo que está guardado; no se envió nada al LMS.</translation>
        </message>
        <message>
            <source>Wait a moment: the last change is being saved.</source>
            <translation>Espere un momento: se está guardando el último cambio.</translation>
        </message>
        <message>
            <source>“{operation}” cannot be undone here: “{item}” was changed in the column view since. Undo it there.</source>
            <translation>«{operation}» no se puede deshacer aquí: «{item}» se modificó después en la vista Columna. Deshágalo allí.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Reading the saved changes</source>
            <translation>Leyendo los cambios guardados</translation>
        </message>
    </context>
    <context>
        <name>CourseEdits</name>
        <message>
            <source>Nothing was pasted: {count} row does not fit below the chosen learner.</source>
            <translation>No se pegó nada: {count} fila no cabe debajo del estudiante elegido.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {count} rows do not fit below the chosen learner.</source>
            <translation>
                <numerusform>No se pegó nada: {count} fila no cabe debajo del estudiante elegido.</numerusform>
                <numerusform>No se pegó nada: {count} filas no caben debajo del estudiante elegido.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted: {count} column does not fit right of the chosen cell.</source>
            <translation>No se pegó nada: {count} columna no cabe a la derecha de la celda elegida.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {count} columns do not fit right of the chosen cell.</source>
            <translation>
                <numerusform>No se pegó nada: {count} columna no cabe a la derecha de la celda elegida.</numerusform>
                <numerusform>No se pegó nada: {count} columnas no caben a la derecha de la celda elegida.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, {item}: {problem}</source>
            <translation>{name}, {item}: {problem}</translation>
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation>Editar {item} de {name}</translation>
        </message>
        <message>
            <source>Paste {count} score</source>
            <translation>Pegar {count} puntuación</translation>
        </message>
        <message numerus="yes">
            <source>Paste {count} scores</source>
            <translation>
                <numerusform>Pegar {count} puntuación</numerusform>
                <numerusform>Pegar {count} puntuaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem}.</source>
            <translation>{problem}.</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and {count} more).</source>
            <translation>
                <numerusform>{problem} (y {count} más).</numerusform>
                <numerusform>{problem} (y {count} más).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted: {problem}.</source>
            <translation>No se pegó nada: {problem}.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {problem} (and {count} more).</source>
            <translation>
                <numerusform>No se pegó nada: {problem} (y {count} más).</numerusform>
                <numerusform>No se pegó nada: {problem} (y {count} más).</numerusform>
            </translation>
        </message>
        <message>
            <source>type the points out of {maximum}, shown under the column's label</source>
            <translation>escriba los puntos sobre {maximum}, que se muestra bajo el nombre de la columna</translation>
        </message>
        <message>
            <source>{user} is not in this course.</source>
            <translation>{user} no está en este curso.</translation>
        </message>
        <message>
            <source>No grade to clear: the cells chosen have none.</source>
            <translation>No hay ninguna calificación que borrar: las celdas elegidas no tienen ninguna.</translation>
        </message>
        <message>
            <source>Clear {item} of {name}</source>
            <translation>Borrar {item} de {name}</translation>
        </message>
        <message>
            <source>Clear {count} grade of {item}</source>
            <translation>Borrar {count} calificación de {item}</translation>
        </message>
        <message numerus="yes">
            <source>Clear {count} grades of {item}</source>
            <translation>
                <numerusform>Borrar {count} calificación de {item}</numerusform>
                <numerusform>Borrar {count} calificaciones de {item}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseLoading</name>
        <message>
            <source>{count} learner</source>
            <translation>{count} estudiante</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} estudiante</numerusform>
                <numerusform>{count} estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} line item</source>
            <translation>{count} columna de calificación</translation>
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation>
                <numerusform>{count} columna de calificación</numerusform>
                <numerusform>{count} columnas de calificación</numerusform>
            </translation>
        </message>
        <message>
            <source>The course is loaded: {learners}, {columns}.</source>
            <translation>El curso está cargado: {learners}, {columns}.</translation>
        </message>
        <message>
            <source>Loading the course</source>
            <translation>Cargando el curso</translation>
        </message>
        <message>
            <source>Opening the grades kept on this computer</source>
            <translation>Abriendo las calificaciones guardadas en este equipo</translation>
        </message>
        <message>
            <source>The LMS cannot be reached and no grades of this course were downloaded on this computer yet.</source>
            <translation>No se puede acceder al LMS y todavía no se ha descargado en este equipo ninguna calificación de este curso.</translation>
        </message>
    </context>
    <context>
        <name>CourseModel</name>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Sorted by family name or given name (the menu beside the filter)</source>
            <translation>Ordenado por apellido o por nombre (el menú junto al filtro)</translation>
        </message>
        <message>
            <source>{label}: out of {maximum}</source>
            <translation>{label}: sobre {maximum}</translation>
        </message>
        <message>
            <source>{label}: out of {maximum} (loading…)</source>
            <translation>{label}: sobre {maximum} (cargando…)</translation>
        </message>
        <message>
            <source>Offline: downloaded {when}</source>
            <translation>Sin conexión: descargado {when}</translation>
        </message>
        <message>
            <source>{name} (not active)</source>
            <translation>{name} (no activo)</translation>
        </message>
        <message>
            <source>{name} — {item}</source>
            <translation>{name} — {item}</translation>
        </message>
        <message>
            <source>In the LMS: no grade</source>
            <translation>En el LMS: sin calificación</translation>
        </message>
        <message>
            <source>In the LMS: {score}</source>
            <translation>En el LMS: {score}</translation>
        </message>
        <message>
            <source>Yours: {mark} ({reason})</source>
            <translation>La suya: {mark} ({reason})</translation>
        </message>
        <message>
            <source>Yours: {mark}</source>
            <translation>La suya: {mark}</translation>
        </message>
        <message>
            <source>Not on the course roster: this grade cannot be changed here.</source>
            <translation>No está en la lista de clase del curso: esta calificación no se puede modificar aquí.</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation>ID de usuario en el LMS: {user_id}</translation>
        </message>
        <message>
            <source>Not on the course roster</source>
            <translation>No está en la lista de clase del curso</translation>
        </message>
        <message>
            <source>{reason}: grades are not sent</source>
            <translation>{reason}: las calificaciones no se envían</translation>
        </message>
        <message>
            <source>“{item}” is still loading</source>
            <translation>«{item}» todavía se está cargando</translation>
        </message>
        <message>
            <source>{name} is not on the course roster: their grade cannot be changed here</source>
            <translation>{name} no está en la lista de clase del curso: su calificación no se puede modificar aquí</translation>
        </message>
    </context>
    <context>
        <name>CourseSubmit</name>
        <message>
            <source>Load the course first.</source>
            <translation>Cargue primero el curso.</translation>
        </message>
        <message>
            <source>Grades are being sent: wait for the current run.</source>
            <translation>Se están enviando calificaciones: espere a que termine el envío en curso.</translation>
        </message>
        <message>
            <source>Reading the changes to send</source>
            <translation>Leyendo los cambios que se enviarán</translation>
        </message>
        <message>
            <source>Nothing to send: there are no unsent changes.</source>
            <translation>Nada que enviar: no hay cambios sin enviar.</translation>
        </message>
        <message>
            <source>Queueing the grades</source>
            <translation>Poniendo las calificaciones en cola</translation>
        </message>
    </context>
    <context>
        <name>CourseTable</name>
        <message>
            <source>Grade columns</source>
            <translation>Columnas de calificación</translation>
        </message>
        <message>
            <source>Every learner's grade in every line item</source>
            <translation>La calificación de cada estudiante en cada columna de calificación</translation>
        </message>
        <message>
            <source>Learner column</source>
            <translation>Columna de estudiantes</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Estudiantes</translation>
        </message>
    </context>
    <context>
        <name>CourseView</name>
        <message>
            <source>Filter by name, ID or email</source>
            <translation>Filtrar por nombre, ID o correo electrónico</translation>
        </message>
        <message>
            <source>Filter learners</source>
            <translation>Filtrar estudiantes</translation>
        </message>
        <message>
            <source>Names sort by</source>
            <translation>Ordenar los nombres por</translation>
        </message>
        <message>
            <source>Family name first</source>
            <translation>Apellido primero</translation>
        </message>
        <message>
            <source>Given name first</source>
            <translation>Nombre primero</translation>
        </message>
        <message>
            <source>Loa&amp;d the course</source>
            <translation>Car&amp;gar el curso</translation>
        </message>
        <message>
            <source>Read every learner's grade in every line item from the LMS</source>
            <translation>Leer del LMS la calificación de cada estudiante en cada columna de calificación</translation>
        </message>
        <message>
            <source>Loading the course</source>
            <translation>Cargando el curso</translation>
        </message>
        <message>
            <source>%v of %m lists</source>
            <translation>%v de %m listas</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop loading; what has arrived stays shown</source>
            <translation>Detener la carga; lo que ya ha llegado sigue en pantalla</translation>
        </message>
        <message>
            <source>Learners shown</source>
            <translation>Estudiantes mostrados</translation>
        </message>
        <message>
            <source>What the marks mean</source>
            <translation>Qué significan las marcas</translation>
        </message>
        <message>
            <source>Reload the course from the LMS</source>
            <translation>Volver a cargar el curso desde el LMS</translation>
        </message>
        <message>
            <source>&amp;Paste scores</source>
            <translation>&amp;Pegar puntuaciones</translation>
        </message>
        <message>
            <source>Cop&amp;y cells</source>
            <translation>&amp;Copiar celdas</translation>
        </message>
        <message>
            <source>Le&amp;arner view…</source>
            <translation>Vista Es&amp;tudiante…</translation>
        </message>
        <message>
            <source>Reloa&amp;d</source>
            <translation>Volver a car&amp;gar</translation>
        </message>
        <message>
            <source>Every line item of the chosen learner, one form (Ctrl+Shift+L, or Enter on a name)</source>
            <translation>Todas las columnas de calificación del estudiante elegido, en un solo formulario (Ctrl+Mayús+L, o Intro sobre un nombre)</translation>
        </message>
        <message>
            <source>{count} learner</source>
            <translation>{count} estudiante</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} estudiante</numerusform>
                <numerusform>{count} estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {count} learner shown</source>
            <translation>{shown} de {count} estudiante mostrado</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {count} learners shown</source>
            <translation>
                <numerusform>{shown} de {count} estudiante mostrado</numerusform>
                <numerusform>{shown} de {count} estudiantes mostrados</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} line item ({loaded} loaded)</source>
            <translation>{count} columna de calificación (cargadas: {loaded})</translation>
        </message>
        <message>
            <source>{count} line item</source>
            <translation>{count} columna de calificación</translation>
        </message>
        <message>
            <source>{learners} · {columns}</source>
            <translation>{learners} · {columns}</translation>
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation>
                <numerusform>{count} columna de calificación</numerusform>
                <numerusform>{count} columnas de calificación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} line items ({loaded} loaded)</source>
            <translation>
                <numerusform>{count} columna de calificación (cargadas: {loaded})</numerusform>
                <numerusform>{count} columnas de calificación (cargadas: {loaded})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CredentialPrompt</name>
        <message>
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <source>LTIAAS refused the credentials of {connection} ({reason}).</source>
            <translation>LTIAAS rechazó las credenciales de {connection} ({reason}).</translation>
        </message>
        <message>
            <source>LTIAAS refused the credentials of {connection}.</source>
            <translation>LTIAAS rechazó las credenciales de {connection}.</translation>
        </message>
        <message>
            <source>{refused} An ltik expires 24 hours after the launch it came from.

Launch the tool from the LMS again and paste the new ltik, or paste the course's service key. Everything loaded stays as it is; the refused request is sent again.</source>
            <translation>{refused} Un ltik caduca 24 horas después del lanzamiento del que procede.

Lance de nuevo la herramienta desde el LMS y pegue el nuevo ltik, o pegue la clave de servicio del curso. Todo lo cargado se mantiene tal cual; la solicitud rechazada se envía de nuevo.</translation>
        </message>
        <message>
            <source>A new ltik from a launch</source>
            <translation>Un ltik nuevo de un lanzamiento</translation>
        </message>
        <message>
            <source>The course's service key</source>
            <translation>La clave de servicio del curso</translation>
        </message>
        <message>
            <source>Credential kind</source>
            <translation>Tipo de credencial</translation>
        </message>
        <message>
            <source>New credential</source>
            <translation>Credencial nueva</translation>
        </message>
        <message>
            <source>Paste it here</source>
            <translation>Péguela aquí</translation>
        </message>
        <message>
            <source>New API key</source>
            <translation>Clave de API nueva</translation>
        </message>
        <message>
            <source>Leave empty to keep the current API key</source>
            <translation>Déjelo vacío para conservar la clave de API actual</translation>
        </message>
        <message>
            <source>&amp;Paste:</source>
            <translation>&amp;Pegar:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valor:</translation>
        </message>
        <message>
            <source>&amp;API key:</source>
            <translation>Clave de &amp;API:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Demo course</source>
            <translation>Curso de demostración</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Select a learner to see the data the LMS holds for them.</source>
            <translation>Seleccione un estudiante para ver los datos que el LMS tiene sobre él.</translation>
        </message>
        <message>
            <source>Learner shown</source>
            <translation>Estudiante mostrado</translation>
        </message>
        <message>
            <source>Raw data of the selected learner</source>
            <translation>Datos sin procesar del estudiante seleccionado</translation>
        </message>
        <message>
            <source>The result and roster entry the LMS sent, as JSON</source>
            <translation>El resultado y la entrada de la lista de clase que envió el LMS, en JSON</translation>
        </message>
        <message>
            <source>Copy &amp;JSON</source>
            <translation>Copiar &amp;JSON</translation>
        </message>
        <message>
            <source>Copy raw data</source>
            <translation>Copiar los datos sin procesar</translation>
        </message>
        <message>
            <source>Copy this data to the clipboard, for a support request</source>
            <translation>Copiar estos datos al portapapeles, para una solicitud de soporte</translation>
        </message>
        <message>
            <source>No learner selected</source>
            <translation>Ningún estudiante seleccionado</translation>
        </message>
        <message>
            <source>{user_id} (not on the roster)</source>
            <translation>{user_id} (no está en la lista de clase)</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <source>Reading the saved changes</source>
            <translation>Leyendo los cambios guardados</translation>
        </message>
        <message>
            <source>Saving “{operation}”</source>
            <translation>Guardando «{operation}»</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Revert {count} edit</source>
            <translation>Revertir {count} edición</translation>
        </message>
        <message>
            <source>The change was not saved</source>
            <translation>El cambio no se guardó</translation>
        </message>
        <message>
            <source>{action} failed on this computer: {reason}. The table shows what is saved; nothing was sent to the LMS.</source>
            <translation>{action}: error en este equipo: {reason}. La tabla muestra lo que está guardado; no se envió nada al LMS.</translation>
        </message>
        <message numerus="yes">
            <source>Revert {count} edits</source>
            <translation>
                <numerusform>Revertir {count} edición</numerusform>
                <numerusform>Revertir {count} ediciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditingCommands</name>
        <message>
            <source>Reading the comment bank</source>
            <translation>Leyendo el banco de comentarios</translation>
        </message>
        <message>
            <source>This learner is not on the course roster: their grade cannot be changed here.</source>
            <translation>Este estudiante no está en la lista de clase del curso: su calificación no se puede modificar aquí.</translation>
        </message>
        <message>
            <source>Edit grade of {name}</source>
            <translation>Editar la calificación de {name}</translation>
        </message>
        <message>
            <source>Edit grades of {count} learner</source>
            <translation>Editar la calificación de {count} estudiante</translation>
        </message>
        <message>
            <source>Select the learners whose changes to drop first.</source>
            <translation>Seleccione primero los estudiantes cuyos cambios quiere descartar.</translation>
        </message>
        <message>
            <source>Open a connection first: comments are kept per course.</source>
            <translation>Abra primero una conexión: los comentarios se guardan por curso.</translation>
        </message>
        <message>
            <source>Comment for {count} learner</source>
            <translation>Comentario para {count} estudiante</translation>
        </message>
        <message numerus="yes">
            <source>Comment for {count} learners</source>
            <translation>
                <numerusform>Comentario para {count} estudiante</numerusform>
                <numerusform>Comentario para {count} estudiantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit grades of {count} learners</source>
            <translation>
                <numerusform>Editar la calificación de {count} estudiante</numerusform>
                <numerusform>Editar las calificaciones de {count} estudiantes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export “{label}”</source>
            <translation>Exportar «{label}»</translation>
        </message>
        <message>
            <source>The file holds each learner's score and comment as they are now, with a copy of both (base_score, base_comment). Fill it in and import it again: a grade changed in the LMS in the meantime is pointed out instead of overwritten.</source>
            <translation>El archivo contiene la puntuación y el comentario actuales de cada estudiante, con una copia de ambos (base_score, base_comment). Rellénelo e impórtelo de nuevo: una calificación que haya cambiado entretanto en el LMS se señala en lugar de sobrescribirse.</translation>
        </message>
        <message>
            <source>&amp;CSV (opens in any spreadsheet program)</source>
            <translation>&amp;CSV (se abre en cualquier programa de hojas de cálculo)</translation>
        </message>
        <message>
            <source>CSV format</source>
            <translation>Formato CSV</translation>
        </message>
        <message>
            <source>E&amp;xcel workbook (.xlsx)</source>
            <translation>Libro de E&amp;xcel (.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbook format</source>
            <translation>Formato de libro de Excel</translation>
        </message>
        <message>
            <source>&amp;All ({count} learner)</source>
            <translation>&amp;Todos ({count} estudiante)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;All {count} learners</source>
            <translation>
                <numerusform>&amp;Todos: {count} estudiante</numerusform>
                <numerusform>&amp;Todos los {count} estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Export all learners</source>
            <translation>Exportar todos los estudiantes</translation>
        </message>
        <message>
            <source>Only the {count} learner shown &amp;now (the table's filter)</source>
            <translation>Solo el {count} estudiante mostrado a&amp;hora (filtro de la tabla)</translation>
        </message>
        <message numerus="yes">
            <source>Only the {count} learners shown &amp;now (the table's filter)</source>
            <translation>
                <numerusform>Solo el {count} estudiante mostrado a&amp;hora (filtro de la tabla)</numerusform>
                <numerusform>Solo los {count} estudiantes mostrados a&amp;hora (filtro de la tabla)</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the learners shown now (no filter is on: that is everyone)</source>
            <translation>Solo los estudiantes mostrados ahora (no hay ningún filtro: son todos)</translation>
        </message>
        <message>
            <source>Export only the learners shown</source>
            <translation>Exportar solo los estudiantes mostrados</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Archivo que se escribirá</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <source>Choose the file to write</source>
            <translation>Elegir el archivo que se escribirá</translation>
        </message>
        <message>
            <source>About the file</source>
            <translation>Acerca del archivo</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Filas:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Elija el archivo que se escribirá.</translation>
        </message>
        <message>
            <source>The file name must end in {suffix}.</source>
            <translation>El nombre del archivo debe terminar en {suffix}.</translation>
        </message>
        <message>
            <source>{path} is a folder: add a file name.</source>
            <translation>{path} es una carpeta: añada un nombre de archivo.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>A file with this name exists: it will be replaced.</source>
            <translation>Ya existe un archivo con este nombre: se sustituirá.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Elegir la hoja de cálculo</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) file with one row per student: a file exported by this app and filled in, or any sheet with user IDs, emails or names.</source>
            <translation>Un archivo CSV o Excel (.xlsx) con una fila por estudiante: un archivo exportado por esta aplicación y rellenado, o cualquier hoja con ID de usuario, correos electrónicos o nombres.</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Aún no se ha elegido ningún archivo</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Archivo de hoja de cálculo</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Elegir archivo…</translation>
        </message>
        <message>
            <source>Choose the spreadsheet file</source>
            <translation>Elegir el archivo de hoja de cálculo</translation>
        </message>
        <message>
            <source>&amp;Read the file again</source>
            <translation>&amp;Volver a leer el archivo</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Volver a leer el archivo</translation>
        </message>
        <message>
            <source>After fixing the file in a spreadsheet, read it again</source>
            <translation>Después de corregir el archivo en una hoja de cálculo, vuelva a leerlo</translation>
        </message>
        <message>
            <source>How the file was read</source>
            <translation>Cómo se leyó el archivo</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problema con el archivo</translation>
        </message>
        <message>
            <source>{count} row</source>
            <translation>{count} fila</translation>
        </message>
        <message numerus="yes">
            <source>{count} rows</source>
            <translation>
                <numerusform>{count} fila</numerusform>
                <numerusform>{count} filas</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} column</source>
            <translation>{count} columna</translation>
        </message>
        <message numerus="yes">
            <source>{count} columns</source>
            <translation>
                <numerusform>{count} columna</numerusform>
                <numerusform>{count} columnas</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {description}: {rows} below the header, {columns} ({names}).</source>
            <translation>Leído como {description}: {rows} bajo el encabezado, {columns} ({names}).</translation>
        </message>
        <message>
            <source>This file cannot be imported.
{problem}
{advice}</source>
            <translation>Este archivo no se puede importar.
{problem}
{advice}</translation>
        </message>
    </context>
    <context>
        <name>FilesController</name>
        <message>
            <source>Pruning the history</source>
            <translation>Eliminando las entradas antiguas del historial</translation>
        </message>
        <message>
            <source>Nothing to import: no row changes a grade.</source>
            <translation>Nada que importar: ninguna fila cambia una calificación.</translation>
        </message>
        <message>
            <source>Import {count} grade</source>
            <translation>Importar {count} calificación</translation>
        </message>
        <message numerus="yes">
            <source>Import {count} grades</source>
            <translation>
                <numerusform>Importar {count} calificación</numerusform>
                <numerusform>Importar {count} calificaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} grade imported as an unsent change. Check it in the table, then Grades › Submit (Ctrl+S) sends it.</source>
            <translation>{count} calificación importada como cambio sin enviar. Compruébela en la tabla; después, Calificaciones › Enviar (Ctrl+S) la envía.</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades imported as unsent changes. Check them in the table, then Grades › Submit (Ctrl+S) sends them.</source>
            <translation>
                <numerusform>{count} calificación importada como cambio sin enviar. Compruébela en la tabla; después, Calificaciones › Enviar (Ctrl+S) la envía.</numerusform>
                <numerusform>{count} calificaciones importadas como cambios sin enviar. Compruébelas en la tabla; después, Calificaciones › Enviar (Ctrl+S) las envía.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a grade column first.</source>
            <translation>Elija primero una columna de calificación.</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Exportando a {file}…</translation>
        </message>
        <message>
            <source>Exporting the grades</source>
            <translation>Exportando las calificaciones</translation>
        </message>
        <message>
            <source>Exported {count} learner to {path}.</source>
            <translation>Se exportó {count} estudiante a {path}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported {count} learners to {path}.</source>
            <translation>
                <numerusform>Se exportó {count} estudiante a {path}.</numerusform>
                <numerusform>Se exportaron {count} estudiantes a {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported, with warnings</source>
            <translation>Exportado, con advertencias</translation>
        </message>
        <message>
            <source>Open a connection first.</source>
            <translation>Abra primero una conexión.</translation>
        </message>
        <message>
            <source>Reading the local data</source>
            <translation>Leyendo los datos locales</translation>
        </message>
        <message>
            <source>Removing the local data</source>
            <translation>Eliminando los datos locales</translation>
        </message>
        <message>
            <source>Removed what was kept for the grade column.</source>
            <translation>Se eliminó lo guardado para la columna de calificación.</translation>
        </message>
        <message>
            <source>Removed what was kept for the connection.</source>
            <translation>Se eliminó lo guardado para la conexión.</translation>
        </message>
    </context>
    <context>
        <name>GradeEditRequests</name>
        <message>
            <source>Edit score of {learner}</source>
            <translation>Editar la puntuación de {learner}</translation>
        </message>
        <message>
            <source>{learner} has no score: give a score first, then the comment.</source>
            <translation>{learner} no tiene puntuación: asigne primero una puntuación y después el comentario.</translation>
        </message>
        <message>
            <source>Edit comment of {learner}</source>
            <translation>Editar el comentario de {learner}</translation>
        </message>
        <message>
            <source>A score is a number of 0 or more.</source>
            <translation>Una puntuación es un número igual o mayor que 0.</translation>
        </message>
        <message>
            <source>Set score for {count} learner</source>
            <translation>Establecer la puntuación de {count} estudiante</translation>
        </message>
        <message>
            <source>Nothing was pasted: {scores} scores do not fit {count} learner.</source>
            <translation>No se pegó nada: {scores} puntuaciones no encajan con {count} estudiante.</translation>
        </message>
        <message>
            <source>Paste {count} score</source>
            <translation>Pegar {count} puntuación</translation>
        </message>
        <message>
            <source>Clear grade of {count} learner</source>
            <translation>Borrar la calificación de {count} estudiante</translation>
        </message>
        <message>
            <source>row {row} ({learner}): {problem}</source>
            <translation>fila {row} ({learner}): {problem}</translation>
        </message>
        <message>
            <source>Nothing was pasted: {problem}.</source>
            <translation>No se pegó nada: {problem}.</translation>
        </message>
        <message>
            <source>No grade to clear: the learners chosen have none.</source>
            <translation>No hay ninguna calificación que borrar: los estudiantes elegidos no tienen ninguna.</translation>
        </message>
        <message>
            <source>{user_id} is not in this table.</source>
            <translation>{user_id} no está en esta tabla.</translation>
        </message>
        <message numerus="yes">
            <source>Clear grade of {count} learners</source>
            <translation>
                <numerusform>Borrar la calificación de {count} estudiante</numerusform>
                <numerusform>Borrar las calificaciones de {count} estudiantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {problem} (and {count} more).</source>
            <translation>
                <numerusform>No se pegó nada: {problem} (y {count} más).</numerusform>
                <numerusform>No se pegó nada: {problem} (y {count} más).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {scores} scores do not fit {count} learners.</source>
            <translation>
                <numerusform>No se pegó nada: {scores} puntuaciones no encajan con {count} estudiante.</numerusform>
                <numerusform>No se pegó nada: {scores} puntuaciones no encajan con {count} estudiantes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste {count} scores</source>
            <translation>
                <numerusform>Pegar {count} puntuación</numerusform>
                <numerusform>Pegar {count} puntuaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set score for {count} learners</source>
            <translation>
                <numerusform>Establecer la puntuación de {count} estudiante</numerusform>
                <numerusform>Establecer la puntuación de {count} estudiantes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <source>Score histogram</source>
            <translation>Histograma de puntuaciones</translation>
        </message>
        <message>
            <source>No grades yet</source>
            <translation>Aún no hay calificaciones</translation>
        </message>
        <message>
            <source>above</source>
            <translation>más</translation>
        </message>
        <message>
            <source>above {low}</source>
            <translation>más de {low}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>de {low} a {high}</translation>
        </message>
        <message>
            <source>{scores}: {learners}</source>
            <translation>{scores}: {learners}</translation>
        </message>
        <message>
            <source>Scores: {bins}</source>
            <translation>Puntuaciones: {bins}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Line item</source>
            <translation>Columna de calificación</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Score (old → new)</source>
            <translation>Puntuación (anterior → nueva)</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}; profile: {profile}</source>
            <translation>ID de usuario en el LMS: {user_id}; perfil: {profile}</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation>ID de usuario en el LMS: {user_id}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Line item shown</source>
            <translation>Columna de calificación mostrada</translation>
        </message>
        <message>
            <source>Show what was sent for one line item, or for all of them</source>
            <translation>Mostrar lo que se envió para una columna de calificación o para todas</translation>
        </message>
        <message>
            <source>All line items</source>
            <translation>Todas las columnas de calificación</translation>
        </message>
        <message>
            <source>History status</source>
            <translation>Estado del historial</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Refresh the history</source>
            <translation>Actualizar el historial</translation>
        </message>
        <message>
            <source>Copy the history</source>
            <translation>Copiar el historial</translation>
        </message>
        <message>
            <source>Copy the selected rows (or all of them) as text</source>
            <translation>Copiar las filas seleccionadas (o todas) como texto</translation>
        </message>
        <message>
            <source>Export the history to CSV</source>
            <translation>Exportar el historial a CSV</translation>
        </message>
        <message>
            <source>Save the rows shown as a CSV file, e.g. for support</source>
            <translation>Guardar las filas mostradas como archivo CSV, p. ej. para el soporte</translation>
        </message>
        <message>
            <source>Submission history</source>
            <translation>Historial de envíos</translation>
        </message>
        <message>
            <source>What was sent, newest first; a column's header sorts by it</source>
            <translation>Lo que se envió, lo más reciente primero; el encabezado de una columna ordena por ella</translation>
        </message>
        <message>
            <source>History columns</source>
            <translation>Columnas del historial</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>No grades have been sent yet.</source>
            <translation>Todavía no se ha enviado ninguna calificación.</translation>
        </message>
        <message numerus="yes">
            <source>The newest {count} entries</source>
            <translation>
                <numerusform>La entrada más reciente</numerusform>
                <numerusform>Las {count} entradas más recientes</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} entry</source>
            <translation>{count} entrada</translation>
        </message>
        <message>
            <source>Exporting the history</source>
            <translation>Exportando el historial</translation>
        </message>
        <message numerus="yes">
            <source>{count} entries</source>
            <translation>
                <numerusform>{count} entrada</numerusform>
                <numerusform>{count} entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Mo&amp;strar:</translation>
        </message>
        <message>
            <source>Copy ta&amp;ble</source>
            <translation>Copiar la ta&amp;bla</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>The history could not be read.</source>
            <translation>No se pudo leer el historial.</translation>
        </message>
        <message>
            <source>Reading the submission history</source>
            <translation>Leyendo el historial de envíos</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Exportando a {file}…</translation>
        </message>
        <message>
            <source>Exported {count} entry to {file}.</source>
            <translation>Se exportó {count} entrada a {file}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported {count} entries to {file}.</source>
            <translation>
                <numerusform>Se exportó {count} entrada a {file}.</numerusform>
                <numerusform>Se exportaron {count} entradas a {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed.</source>
            <translation>La exportación falló.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import grades into “{label}”</source>
            <translation>Importar calificaciones en «{label}»</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Comprobando cada fila…</translation>
        </message>
    </context>
    <context>
        <name>LearnerView</name>
        <message>
            <source>saving</source>
            <translation>guardando</translation>
        </message>
        <message>
            <source>unsent</source>
            <translation>sin enviar</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>enviando</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificada</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflicto</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallida</translation>
        </message>
        <message>
            <source>{name}, {item}: {problem}.</source>
            <translation>{name}, {item}: {problem}.</translation>
        </message>
        <message>
            <source>Learner view</source>
            <translation>Vista Estudiante</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Learner details</source>
            <translation>Datos del estudiante</translation>
        </message>
        <message>
            <source>Position in the course view</source>
            <translation>Posición en la vista Curso</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Anterior</translation>
        </message>
        <message>
            <source>The learner above in the Course view (Alt+Left, PgUp)</source>
            <translation>El estudiante de arriba en la vista Curso (Alt+Izquierda, RePág)</translation>
        </message>
        <message>
            <source>Previous learner</source>
            <translation>Estudiante anterior</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Siguiente ▶</translation>
        </message>
        <message>
            <source>The learner below in the Course view (Alt+Right, PgDown)</source>
            <translation>El estudiante de abajo en la vista Curso (Alt+Derecha, AvPág)</translation>
        </message>
        <message>
            <source>Next learner</source>
            <translation>Estudiante siguiente</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Undo “{operation}”</source>
            <translation>Deshacer «{operation}»</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nada que deshacer</translation>
        </message>
        <message>
            <source>Line item</source>
            <translation>Columna de calificación</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Out of</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>{item} maximum</source>
            <translation>Máximo de {item}</translation>
        </message>
        <message>
            <source>no learner</source>
            <translation>ningún estudiante</translation>
        </message>
        <message>
            <source>{item} score for {name}</source>
            <translation>Puntuación de {item} para {name}</translation>
        </message>
        <message>
            <source>{item} state for {name}</source>
            <translation>Estado de {item} para {name}</translation>
        </message>
        <message>
            <source>{item} comment for {name}</source>
            <translation>Comentario de {item} para {name}</translation>
        </message>
        <message>
            <source>No learner</source>
            <translation>Ningún estudiante</translation>
        </message>
        <message>
            <source>Learner view: {name}</source>
            <translation>Vista Estudiante: {name}</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation>ID de usuario en el LMS: {user_id}</translation>
        </message>
        <message>
            <source>not on the course roster: their grades cannot be changed here</source>
            <translation>no está en la lista de clase del curso: sus calificaciones no se pueden modificar aquí</translation>
        </message>
        <message>
            <source>the LMS's grade, not changed here</source>
            <translation>la calificación del LMS, no modificada aquí</translation>
        </message>
        <message>
            <source>{mark} ({reason})</source>
            <translation>{mark} ({reason})</translation>
        </message>
        <message>
            <source>{glyph} {state}</source>
            <translation>{glyph} {state}</translation>
        </message>
        <message>
            <source>loading…</source>
            <translation>cargando…</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>not shown in the Course view (filtered out)</source>
            <translation>no se muestra en la vista Curso (filtrado)</translation>
        </message>
        <message>
            <source>{position} of {count}</source>
            <translation>{position} de {count}</translation>
        </message>
        <message>
            <source>type the points out of {maximum}, shown beside the score</source>
            <translation>escriba los puntos sobre {maximum}, que se muestra junto a la puntuación</translation>
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation>Editar {item} de {name}</translation>
        </message>
        <message>
            <source>{name} has no score in {item}: give a score first, then the comment.</source>
            <translation>{name} no tiene puntuación en {item}: asigne primero una puntuación y después el comentario.</translation>
        </message>
        <message>
            <source>Edit comment of {name} in {item}</source>
            <translation>Editar el comentario de {name} en {item}</translation>
        </message>
    </context>
    <context>
        <name>LineItemDialog</name>
        <message>
            <source>Rename grade column</source>
            <translation>Cambiar el nombre de la columna de calificación</translation>
        </message>
        <message>
            <source>New grade column</source>
            <translation>Nueva columna de calificación</translation>
        </message>
        <message>
            <source>e.g. Quiz 3</source>
            <translation>p. ej. Cuestionario 3</translation>
        </message>
        <message>
            <source>Column name</source>
            <translation>Nombre de la columna</translation>
        </message>
        <message>
            <source>The name learners and instructors see in the gradebook</source>
            <translation>El nombre que estudiantes y docentes ven en el libro de calificaciones</translation>
        </message>
        <message>
            <source>Column name problem</source>
            <translation>Problema con el nombre de la columna</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Puntuación máxima</translation>
        </message>
        <message>
            <source>Maximum score problem</source>
            <translation>Problema con la puntuación máxima</translation>
        </message>
        <message>
            <source>optional, e.g. quiz</source>
            <translation>opcional, p. ej. cuestionario</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Optional: a word grouping columns, e.g. quiz</source>
            <translation>Opcional: una palabra que agrupa columnas, p. ej. cuestionario</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Apertura</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fecha de entrega</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Maximum score:</source>
            <translation>Puntuación &amp;máxima:</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>&amp;Etiqueta:</translation>
        </message>
        <message>
            <source>&amp;Opens:</source>
            <translation>&amp;Apertura:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Fecha de entrega:</translation>
        </message>
        <message>
            <source>Only the name changes; the maximum, dates and everything else stay as they are.</source>
            <translation>Solo cambia el nombre; el máximo, las fechas y todo lo demás quedan como están.</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>The maximum must be greater than 0.</source>
            <translation>El máximo debe ser mayor que 0.</translation>
        </message>
    </context>
    <context>
        <name>LineItemPicker</name>
        <message>
            <source>Search grade columns</source>
            <translation>Buscar columnas de calificación</translation>
        </message>
        <message>
            <source>Narrows the list to the columns whose name, tag or ID holds the words typed</source>
            <translation>Reduce la lista a las columnas cuyo nombre, etiqueta o ID contiene las palabras escritas</translation>
        </message>
        <message>
            <source>Grade columns</source>
            <translation>Columnas de calificación</translation>
        </message>
        <message>
            <source>Choosing a column shows its grades; its menu renames, edits or deletes it</source>
            <translation>Al elegir una columna se muestran sus calificaciones; su menú permite cambiarle el nombre, editarla o eliminarla</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Sin conectar</translation>
        </message>
        <message>
            <source>Grade columns status</source>
            <translation>Estado de las columnas de calificación</translation>
        </message>
        <message>
            <source>&amp;New grade column…</source>
            <translation>&amp;Nueva columna de calificación…</translation>
        </message>
        <message>
            <source>Create a grade column in the LMS gradebook</source>
            <translation>Crear una columna de calificación en el libro de calificaciones del LMS</translation>
        </message>
        <message>
            <source>Change the name of the selected grade column</source>
            <translation>Cambiar el nombre de la columna de calificación seleccionada</translation>
        </message>
        <message>
            <source>&amp;Properties of grade column…</source>
            <translation>&amp;Propiedades de la columna de calificación…</translation>
        </message>
        <message>
            <source>Change the name, maximum, dates, release, tag and resource ID of the selected column</source>
            <translation>Cambiar el nombre, el máximo, las fechas, la publicación, la etiqueta y el ID de recurso de la columna seleccionada</translation>
        </message>
        <message>
            <source>&amp;Delete grade column…</source>
            <translation>&amp;Eliminar la columna de calificación…</translation>
        </message>
        <message>
            <source>Delete the selected grade column and its grades</source>
            <translation>Eliminar la columna de calificación seleccionada y sus calificaciones</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nueva…</translation>
        </message>
        <message>
            <source>New grade column</source>
            <translation>Nueva columna de calificación</translation>
        </message>
        <message>
            <source>{count} grade column</source>
            <translation>{count} columna de calificación</translation>
        </message>
        <message numerus="yes">
            <source>{count} grade columns</source>
            <translation>
                <numerusform>{count} columna de calificación</numerusform>
                <numerusform>{count} columnas de calificación</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename grade column</source>
            <translation>Cambiar el nombre de la columna de calificación</translation>
        </message>
        <message>
            <source>Rena&amp;me grade column…</source>
            <translation>Camb&amp;iar el nombre de la columna de calificación…</translation>
        </message>
        <message>
            <source>Rena&amp;me…</source>
            <translation>Camb&amp;iar nombre…</translation>
        </message>
        <message>
            <source>Dele&amp;te…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>Delete grade column</source>
            <translation>Eliminar la columna de calificación</translation>
        </message>
        <message>
            <source>Loading grade columns…</source>
            <translation>Cargando las columnas de calificación…</translation>
        </message>
        <message>
            <source>Could not refresh the list; showing the one loaded earlier. Press F5 to try again.</source>
            <translation>No se pudo actualizar la lista; se muestra la cargada anteriormente. Pulse F5 para volver a intentarlo.</translation>
        </message>
        <message>
            <source>The grade columns could not be loaded. Press F5 to try again.</source>
            <translation>No se pudieron cargar las columnas de calificación. Pulse F5 para volver a intentarlo.</translation>
        </message>
        <message>
            <source>Loading the grade columns</source>
            <translation>Cargando las columnas de calificación</translation>
        </message>
        <message>
            <source>This course has no grade columns yet. Create one with New…</source>
            <translation>Este curso aún no tiene columnas de calificación. Cree una con Nueva…</translation>
        </message>
        <message numerus="yes">
            <source>No grade column matches the search ({total} in all)</source>
            <translation>
                <numerusform>Ninguna columna de calificación coincide con la búsqueda ({total} en total)</numerusform>
                <numerusform>Ninguna columna de calificación coincide con la búsqueda ({total} en total)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} grade columns shown</source>
            <translation>
                <numerusform>{shown} de {total} columna de calificación mostrada</numerusform>
                <numerusform>{shown} de {total} columnas de calificación mostradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Creating the grade column “{label}”</source>
            <translation>Creando la columna de calificación «{label}»</translation>
        </message>
        <message>
            <source>Renaming the grade column “{label}”</source>
            <translation>Cambiando el nombre de la columna de calificación «{label}»</translation>
        </message>
        <message>
            <source>Reading the grades of “{label}”…</source>
            <translation>Leyendo las calificaciones de «{label}»…</translation>
        </message>
        <message>
            <source>Reading the grades of “{label}”</source>
            <translation>Leyendo las calificaciones de «{label}»</translation>
        </message>
        <message>
            <source>Saving the grade column “{label}”</source>
            <translation>Guardando la columna de calificación «{label}»</translation>
        </message>
        <message>
            <source>Saved the grade column “{label}”.</source>
            <translation>Se guardó la columna de calificación «{label}».</translation>
        </message>
        <message>
            <source>Deleting the grade column “{label}”</source>
            <translation>Eliminando la columna de calificación «{label}»</translation>
        </message>
        <message>
            <source>Read-only mode: grade columns cannot be changed.</source>
            <translation>Modo de solo lectura: no se pueden modificar las columnas de calificación.</translation>
        </message>
        <message>
            <source>{action}…</source>
            <translation>{action}…</translation>
        </message>
        <message>
            <source>Created the grade column “{label}”.</source>
            <translation>Se creó la columna de calificación «{label}».</translation>
        </message>
        <message>
            <source>Renamed the grade column to “{label}”.</source>
            <translation>Se cambió el nombre de la columna de calificación a «{label}».</translation>
        </message>
        <message>
            <source>Deleted the grade column.</source>
            <translation>Se eliminó la columna de calificación.</translation>
        </message>
        <message>
            <source>Deleted “{label}”.</source>
            <translation>Se eliminó «{label}».</translation>
        </message>
    </context>
    <context>
        <name>LineItemPropertiesDialog</name>
        <message>
            <source>Properties of “{label}”</source>
            <translation>Propiedades de «{label}»</translation>
        </message>
        <message>
            <source>Column name</source>
            <translation>Nombre de la columna</translation>
        </message>
        <message>
            <source>Column name problem</source>
            <translation>Problema con el nombre de la columna</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Puntuación máxima</translation>
        </message>
        <message>
            <source>Most LMSes keep each grade's points when the maximum changes</source>
            <translation>La mayoría de los LMS conservan los puntos de cada calificación cuando cambia el máximo</translation>
        </message>
        <message>
            <source>Maximum score problem</source>
            <translation>Problema con la puntuación máxima</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Apertura</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fecha de entrega</translation>
        </message>
        <message>
            <source>Dates problem</source>
            <translation>Problema con las fechas</translation>
        </message>
        <message>
            <source>Learners see their grades</source>
            <translation>Los estudiantes ven sus calificaciones</translation>
        </message>
        <message>
            <source>Grades released</source>
            <translation>Calificaciones publicadas</translation>
        </message>
        <message>
            <source>Partly ticked: the LMS was never told, and is not told now</source>
            <translation>Marcado parcialmente: nunca se informó al LMS y tampoco se le informa ahora</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Resource ID</source>
            <translation>ID de recurso</translation>
        </message>
        <message>
            <source>The tool's own ID for the activity this column grades</source>
            <translation>El ID propio de la herramienta para la actividad que califica esta columna</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Maximum score:</source>
            <translation>Puntuación &amp;máxima:</translation>
        </message>
        <message>
            <source>&amp;Opens:</source>
            <translation>&amp;Apertura:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Fecha de entrega:</translation>
        </message>
        <message>
            <source>&amp;Grades released:</source>
            <translation>&amp;Calificaciones publicadas:</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>&amp;Etiqueta:</translation>
        </message>
        <message>
            <source>&amp;Resource ID:</source>
            <translation>ID de &amp;recurso:</translation>
        </message>
        <message>
            <source>ID in the LMS: {id}</source>
            <translation>ID en el LMS: {id}</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>The maximum must be greater than 0.</source>
            <translation>El máximo debe ser mayor que 0.</translation>
        </message>
        <message>
            <source>The due date is before the opening date.</source>
            <translation>La fecha de entrega es anterior a la fecha de apertura.</translation>
        </message>
    </context>
    <context>
        <name>LineItemsModel</name>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Máx.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Apertura</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Entrega</translation>
        </message>
        <message>
            <source>{label}, {summary}</source>
            <translation>{label}, {summary}</translation>
        </message>
        <message>
            <source>Maximum: {maximum}</source>
            <translation>Máximo: {maximum}</translation>
        </message>
        <message>
            <source>Tag: {tag}</source>
            <translation>Etiqueta: {tag}</translation>
        </message>
        <message>
            <source>Opens: {moment}</source>
            <translation>Apertura: {moment}</translation>
        </message>
        <message>
            <source>Due: {moment}</source>
            <translation>Fecha de entrega: {moment}</translation>
        </message>
        <message>
            <source>ID: {id}</source>
            <translation>ID: {id}</translation>
        </message>
    </context>
    <context>
        <name>LoadingController</name>
        <message>
            <source>Loading “{label}”…</source>
            <translation>Cargando «{label}»…</translation>
        </message>
        <message>
            <source>Loading: {learners}, {grades} so far…</source>
            <translation>Cargando: {learners}, {grades} hasta ahora…</translation>
        </message>
        <message>
            <source>{count} learner</source>
            <translation>{count} estudiante</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} estudiante</numerusform>
                <numerusform>{count} estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} grade</source>
            <translation>{count} calificación</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation>
                <numerusform>{count} calificación</numerusform>
                <numerusform>{count} calificaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Loaded {count} learner of “{label}”.</source>
            <translation>Se cargó {count} estudiante de «{label}».</translation>
        </message>
        <message numerus="yes">
            <source>Loaded {count} learners of “{label}”.</source>
            <translation>
                <numerusform>Se cargó {count} estudiante de «{label}».</numerusform>
                <numerusform>Se cargaron {count} estudiantes de «{label}».</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped loading: the grades shown are those loaded before. Press F5 to load them again.</source>
            <translation>Carga detenida: las calificaciones mostradas son las cargadas antes. Pulse F5 para volver a cargarlas.</translation>
        </message>
        <message>
            <source>Stopped loading: the list is incomplete ({count} learner so far). Press F5 to load everything.</source>
            <translation>Carga detenida: la lista está incompleta ({count} estudiante hasta ahora). Pulse F5 para cargarlo todo.</translation>
        </message>
        <message numerus="yes">
            <source>Stopped loading: the list is incomplete ({count} learners so far). Press F5 to load everything.</source>
            <translation>
                <numerusform>Carga detenida: la lista está incompleta ({count} estudiante hasta ahora). Pulse F5 para cargarlo todo.</numerusform>
                <numerusform>Carga detenida: la lista está incompleta ({count} estudiantes hasta ahora). Pulse F5 para cargarlo todo.</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} learner (loading)</source>
            <translation>{count} estudiante (cargando)</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners (loading)</source>
            <translation>
                <numerusform>{count} estudiante (cargando)</numerusform>
                <numerusform>{count} estudiantes (cargando)</numerusform>
            </translation>
        </message>
        <message>
            <source>Listing the kept grades</source>
            <translation>Listando las calificaciones guardadas</translation>
        </message>
        <message>
            <source>Offline: {count} grade column kept on this computer. Press F5 to try the LMS again.</source>
            <translation>Sin conexión: {count} columna de calificación guardada en este equipo. Pulse F5 para volver a intentar acceder al LMS.</translation>
        </message>
        <message numerus="yes">
            <source>Offline: {count} grade columns kept on this computer. Press F5 to try the LMS again.</source>
            <translation>
                <numerusform>Sin conexión: {count} columna de calificación guardada en este equipo. Pulse F5 para volver a intentar acceder al LMS.</numerusform>
                <numerusform>Sin conexión: {count} columnas de calificación guardadas en este equipo. Pulse F5 para volver a intentar acceder al LMS.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LocalDataDialog</name>
        <message>
            <source>Local data</source>
            <translation>Datos locales</translation>
        </message>
        <message>
            <source>Downloaded grades, drafts, grades waiting to be sent and the history of what was sent are kept on this computer, in a folder only you can read, so you can work offline and nothing is lost in a crash.</source>
            <translation>Las calificaciones descargadas, los borradores, las calificaciones pendientes de envío y el historial de lo enviado se guardan en este equipo, en una carpeta que solo usted puede leer, para que pueda trabajar sin conexión y no se pierda nada si la aplicación se cierra inesperadamente.</translation>
        </message>
        <message>
            <source>Remove the data of this grade column</source>
            <translation>Eliminar los datos de esta columna de calificación</translation>
        </message>
        <message>
            <source>Remove the data of the whole connection</source>
            <translation>Eliminar los datos de toda la conexión</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>Remove the chosen local data</source>
            <translation>Eliminar los datos locales elegidos</translation>
        </message>
        <message>
            <source>Asks first, naming what would be lost</source>
            <translation>Pregunta antes, indicando lo que se perdería</translation>
        </message>
        <message>
            <source>Remove local data</source>
            <translation>Eliminar los datos locales</translation>
        </message>
        <message>
            <source>Keep the history of what was sent</source>
            <translation>Conservar el historial de lo enviado</translation>
        </message>
        <message>
            <source>&amp;Keep for:</source>
            <translation>&amp;Conservar durante:</translation>
        </message>
        <message>
            <source>The history records every grade sent: when, old and new value, and what the LMS answered. Support staff use it to say what the app sent, and when. Older entries are removed when you save.</source>
            <translation>El historial registra cada calificación enviada: cuándo, el valor anterior y el nuevo, y qué respondió el LMS. El personal de soporte lo usa para saber qué envió la aplicación y cuándo. Las entradas más antiguas se eliminan al guardar.</translation>
        </message>
        <message>
            <source>Older entries are removed when you save</source>
            <translation>Las entradas más antiguas se eliminan al guardar</translation>
        </message>
        <message>
            <source>History of what was sent</source>
            <translation>Historial de lo enviado</translation>
        </message>
        <message>
            <source>Only “{label}”: {kept}</source>
            <translation>Solo «{label}»: {kept}</translation>
        </message>
        <message>
            <source>Only the open grade column (none is open)</source>
            <translation>Solo la columna de calificación abierta (no hay ninguna abierta)</translation>
        </message>
        <message>
            <source>All of {connection} ({columns}): {kept}</source>
            <translation>Toda la conexión {connection} ({columns}): {kept}</translation>
        </message>
        <message>
            <source>{count} draft</source>
            <translation>{count} borrador</translation>
        </message>
        <message>
            <source>{count} grade</source>
            <translation>{count} calificación</translation>
        </message>
        <message>
            <source>{drafts}, {grades} not sent yet</source>
            <translation>{drafts}, {grades} aún sin enviar</translation>
        </message>
        <message numerus="yes">
            <source>{count} drafts</source>
            <translation>
                <numerusform>{count} borrador</numerusform>
                <numerusform>{count} borradores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation>
                <numerusform>{count} calificación</numerusform>
                <numerusform>{count} calificaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The app was started read-only (--read-only): nothing can be changed or sent in this window. Start it without --read-only to edit grades.</source>
            <translation>La aplicación se inició en modo de solo lectura (--read-only): en esta ventana no se puede modificar ni enviar nada. Iníciela sin --read-only para editar calificaciones.</translation>
        </message>
        <message>
            <source>Grade columns</source>
            <translation>Columnas de calificación</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Estadísticas</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Registro de solicitudes</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>&amp;Undo “{operation}”</source>
            <translation>&amp;Deshacer «{operation}»</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo “{operation}”</source>
            <translation>&amp;Rehacer «{operation}»</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Editing is off: changes cannot be saved</source>
            <translation>La edición está desactivada: no se pueden guardar los cambios</translation>
        </message>
        <message>
            <source>{reason}

The table shows what is saved. Editing stays off until you turn read-only mode off (View › Read-only mode) once the data folder can be written again.</source>
            <translation>{reason}

La tabla muestra lo que está guardado. La edición permanece desactivada hasta que desactive el modo de solo lectura (Ver › Modo de solo lectura), cuando ya se pueda volver a escribir en la carpeta de datos.</translation>
        </message>
        <message>
            <source>Copied {count} row as tab-separated text.</source>
            <translation>Se copió {count} fila como texto separado por tabulaciones.</translation>
        </message>
        <message numerus="yes">
            <source>Copied {count} rows as tab-separated text.</source>
            <translation>
                <numerusform>Se copió {count} fila como texto separado por tabulaciones.</numerusform>
                <numerusform>Se copiaron {count} filas como texto separado por tabulaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the learners to copy first.</source>
            <translation>Seleccione primero los estudiantes que quiere copiar.</translation>
        </message>
        <message>
            <source>About Gradebook</source>
            <translation>Acerca de Gradebook</translation>
        </message>
        <message>
            <source>Gradebook {version}

See and manage LMS grades through LTIAAS.</source>
            <translation>Gradebook {version}

Consulte y gestione las calificaciones del LMS a través de LTIAAS.</translation>
        </message>
        <message>
            <source>Paging and comments follow this LMS's habits</source>
            <translation>La paginación y los comentarios siguen las costumbres de este LMS</translation>
        </message>
        <message>
            <source>Not a family the app knows: the standard LTI rules are followed</source>
            <translation>No es una familia que la aplicación conozca: se siguen las reglas LTI estándar</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>sin identificar</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>User ID (exact)</source>
            <translation>ID de usuario (exacto)</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Dirección de correo electrónico</translation>
        </message>
        <message>
            <source>Full name (refused when two learners share it)</source>
            <translation>Nombre completo (se rechaza si dos estudiantes lo comparten)</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Qué columna contiene qué</translation>
        </message>
        <message>
            <source>Tell the import which column names the student and which ones hold the score and the comment. Your choice is remembered for the next import.</source>
            <translation>Indique a la importación qué columna identifica al estudiante y cuáles contienen la puntuación y el comentario. Su elección se recuerda para la próxima importación.</translation>
        </message>
        <message>
            <source>Column that identifies the student</source>
            <translation>Columna que identifica al estudiante</translation>
        </message>
        <message>
            <source>How the student column identifies the student</source>
            <translation>Cómo identifica al estudiante la columna de estudiante</translation>
        </message>
        <message>
            <source>Score column</source>
            <translation>Columna de puntuación</translation>
        </message>
        <message>
            <source>Comment column</source>
            <translation>Columna de comentario</translation>
        </message>
        <message>
            <source>Maximum column</source>
            <translation>Columna de máximo</translation>
        </message>
        <message>
            <source>Problem with the columns</source>
            <translation>Problema con las columnas</translation>
        </message>
        <message>
            <source>&amp;Student:</source>
            <translation>&amp;Estudiante:</translation>
        </message>
        <message>
            <source>&amp;Identified by:</source>
            <translation>&amp;Identificado por:</translation>
        </message>
        <message>
            <source>Sc&amp;ore:</source>
            <translation>P&amp;untuación:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Comentario:</translation>
        </message>
        <message>
            <source>&amp;Maximum:</source>
            <translation>&amp;Máximo:</translation>
        </message>
        <message>
            <source>The file was read again; the columns you chose are kept.</source>
            <translation>Se volvió a leer el archivo; se conservan las columnas que eligió.</translation>
        </message>
        <message>
            <source>Choose the column…</source>
            <translation>Elija la columna…</translation>
        </message>
        <message>
            <source>None: keep the scores</source>
            <translation>Ninguna: conservar las puntuaciones</translation>
        </message>
        <message>
            <source>None: keep the comments</source>
            <translation>Ninguna: conservar los comentarios</translation>
        </message>
        <message>
            <source>None: scores are out of {maximum}</source>
            <translation>Ninguna: las puntuaciones son sobre {maximum}</translation>
        </message>
        <message>
            <source>Choose the column that identifies the student.</source>
            <translation>Elija la columna que identifica al estudiante.</translation>
        </message>
        <message>
            <source>Choose the score column, the comment column, or both.</source>
            <translation>Elija la columna de puntuación, la de comentario o ambas.</translation>
        </message>
        <message>
            <source>student</source>
            <translation>estudiante</translation>
        </message>
        <message>
            <source>score</source>
            <translation>puntuación</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>comentario</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>máximo</translation>
        </message>
        <message>
            <source>The column “{column}” is chosen twice ({roles}).</source>
            <translation>La columna «{column}» está elegida dos veces ({roles}).</translation>
        </message>
        <message>
            <source>This column is empty.</source>
            <translation>Esta columna está vacía.</translation>
        </message>
        <message>
            <source>First values: {values}</source>
            <translation>Primeros valores: {values}</translation>
        </message>
        <message>
            <source>{value} (a date)</source>
            <translation>{value} (una fecha)</translation>
        </message>
        <message>
            <source>{columns} (the grades when the file was exported: a grade changed in the LMS since then is pointed out)</source>
            <translation>{columns} (las calificaciones en el momento de exportar el archivo: se señala cualquier calificación que haya cambiado desde entonces en el LMS)</translation>
        </message>
        <message>
            <source>{columns} (sent with each grade)</source>
            <translation>{columns} (se envía con cada calificación)</translation>
        </message>
        <message>
            <source>Also read from the file: {columns}.</source>
            <translation>También se leyó del archivo: {columns}.</translation>
        </message>
    </context>
    <context>
        <name>MessageChannel</name>
        <message>
            <source>Connected again.</source>
            <translation>Conectado de nuevo.</translation>
        </message>
        <message>
            <source>Secure connection failed</source>
            <translation>Falló la conexión segura</translation>
        </message>
        <message>
            <source>the connection failed</source>
            <translation>falló la conexión</translation>
        </message>
        <message>
            <source>Offline: {cause}. What is shown may be out of date; press F5 to try again.</source>
            <translation>Sin conexión: {cause}. Lo que se muestra puede estar desactualizado; pulse F5 para volver a intentarlo.</translation>
        </message>
        <message>
            <source>{action} failed</source>
            <translation>{action}: error</translation>
        </message>
        <message>
            <source>Grades are already being sent</source>
            <translation>Ya se están enviando calificaciones</translation>
        </message>
        <message>
            <source>{action} failed on this computer</source>
            <translation>{action}: error en este equipo</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>{action} failed because of an error in the app: {error}. Please copy the details and send them to support.</source>
            <translation>{action}: error de la aplicación: {error}. Copie los detalles y envíelos al soporte.</translation>
        </message>
        <message>
            <source>An error in the app was caught: {summary}. Your data is unchanged. Please copy the details and send them to support.</source>
            <translation>Se detectó un error de la aplicación: {summary}. Sus datos no han cambiado. Copie los detalles y envíelos al soporte.</translation>
        </message>
    </context>
    <context>
        <name>MessageDialog</name>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>What happened, for support</source>
            <translation>Lo que sucedió, para el soporte</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar los detalles</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar los detalles</translation>
        </message>
        <message>
            <source>Copy what happened, for support, to the clipboard</source>
            <translation>Copiar al portapapeles lo que sucedió, para el soporte</translation>
        </message>
        <message>
            <source>Show &amp;details</source>
            <translation>Mostrar &amp;detalles</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Mostrar detalles</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Details copied to the clipboard</source>
            <translation>Detalles copiados al portapapeles</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>Try aga&amp;in</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <source>Try to reach the LMS again</source>
            <translation>Intentar acceder de nuevo al LMS</translation>
        </message>
        <message>
            <source>Load the grades from the LMS again (F5)</source>
            <translation>Volver a cargar las calificaciones desde el LMS (F5)</translation>
        </message>
        <message>
            <source>Offline copy</source>
            <translation>Copia sin conexión</translation>
        </message>
        <message>
            <source>&lt;b&gt;Offline: showing the grades downloaded {age}&lt;/b&gt; ({when}).&lt;br&gt;The LMS cannot be reached. Changes you make are saved on this computer; Submit sends them once the LMS answers again, after checking that nobody changed those grades there meanwhile.</source>
            <translation>&lt;b&gt;Sin conexión: se muestran las calificaciones descargadas {age}&lt;/b&gt; ({when}).&lt;br&gt;No se puede acceder al LMS. Los cambios que haga se guardan en este equipo; Enviar los envía en cuanto el LMS vuelva a responder, tras comprobar que nadie ha cambiado entretanto esas calificaciones allí.</translation>
        </message>
    </context>
    <context>
        <name>OutboxPrompt</name>
        <message>
            <source>Grades waiting to be sent</source>
            <translation>Calificaciones pendientes de envío</translation>
        </message>
        <message>
            <source>Nothing is sent until you say so. The grades stay queued, even when the app is closed, and you can send them later from the window. Each one is checked against the LMS first, so a grade changed there meanwhile is shown to you, not overwritten.</source>
            <translation>No se envía nada hasta que usted lo indique. Las calificaciones permanecen en cola, incluso con la aplicación cerrada, y puede enviarlas más tarde desde la ventana. Cada una se comprueba antes con el LMS, de modo que una calificación cambiada allí entretanto se le muestra a usted en lugar de sobrescribirse.</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Enviar ahora</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>A&amp;hora no</translation>
        </message>
        <message>
            <source>Send the queued grades now</source>
            <translation>Enviar ahora las calificaciones en cola</translation>
        </message>
        <message>
            <source>Keep the grades queued</source>
            <translation>Mantener las calificaciones en cola</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation>{score} sobre {maximum}</translation>
        </message>
        <message>
            <source>score {old} → {new}</source>
            <translation>puntuación {old} → {new}</translation>
        </message>
        <message>
            <source>comment changed</source>
            <translation>comentario modificado</translation>
        </message>
        <message>
            <source>comment added</source>
            <translation>comentario añadido</translation>
        </message>
        <message>
            <source>{why}. Note: {warning}</source>
            <translation>{why}. Aviso: {warning}</translation>
        </message>
        <message>
            <source>{why}.
New comment: {comment}</source>
            <translation>{why}.
Comentario nuevo: {comment}</translation>
        </message>
        <message>
            <source>not matched</source>
            <translation>sin coincidencia</translation>
        </message>
        <message>
            <source>{name} ({user_id})</source>
            <translation>{name} ({user_id})</translation>
        </message>
        <message>
            <source>{why}; note: {warning}</source>
            <translation>{why}; aviso: {warning}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check every row before importing</source>
            <translation>Compruebe cada fila antes de importar</translation>
        </message>
        <message>
            <source>Nothing is sent now: the changes become drafts in the table, which you can review, undo and submit.</source>
            <translation>Ahora no se envía nada: los cambios pasan a ser borradores en la tabla, que puede revisar, deshacer y enviar.</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Resumen de la importación</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Every row of the file and what importing it does</source>
            <translation>Cada fila del archivo y lo que hace su importación</translation>
        </message>
        <message>
            <source>Preview columns</source>
            <translation>Columnas de la vista previa</translation>
        </message>
        <message>
            <source>The selected row in full</source>
            <translation>La fila seleccionada completa</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>Estado de la vista previa</translation>
        </message>
        <message>
            <source>Rows with errors</source>
            <translation>Filas con errores</translation>
        </message>
        <message>
            <source>Import the &amp;valid rows only (rows with errors are left out)</source>
            <translation>Importar solo las filas &amp;válidas (se omiten las filas con errores)</translation>
        </message>
        <message>
            <source>Import the valid rows only</source>
            <translation>Importar solo las filas válidas</translation>
        </message>
        <message>
            <source>&amp;Read the file again</source>
            <translation>&amp;Volver a leer el archivo</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Volver a leer el archivo</translation>
        </message>
        <message>
            <source>After fixing the file in a spreadsheet, read it again and check every row again</source>
            <translation>Después de corregir el archivo en una hoja de cálculo, vuelva a leerlo y compruebe de nuevo cada fila</translation>
        </message>
        <message>
            <source>Line {line} ({student}), {verdict}: {explanation}.</source>
            <translation>Línea {line} ({student}), {verdict}: {explanation}.</translation>
        </message>
        <message>
            <source>{filter} ({count})</source>
            <translation>{filter} ({count})</translation>
        </message>
        <message>
            <source>This file cannot be imported.
{problem}
{advice}</source>
            <translation>Este archivo no se puede importar.
{problem}
{advice}</translation>
        </message>
        <message>
            <source>The rows cannot be checked.
{problem}
Fix the file and read it again, or go Back and choose other columns.</source>
            <translation>No se pueden comprobar las filas.
{problem}
Corrija el archivo y vuelva a leerlo, o vuelva Atrás y elija otras columnas.</translation>
        </message>
        <message>
            <source>{count} row has an error: fix the file and read it again, or import the valid rows only.</source>
            <translation>{count} fila tiene un error: corrija el archivo y vuelva a leerlo, o importe solo las filas válidas.</translation>
        </message>
        <message numerus="yes">
            <source>{count} rows have errors: fix the file and read it again, or import the valid rows only.</source>
            <translation>
                <numerusform>{count} fila tiene un error: corrija el archivo y vuelva a leerlo, o importe solo las filas válidas.</numerusform>
                <numerusform>{count} filas tienen errores: corrija el archivo y vuelva a leerlo, o importe solo las filas válidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes}, {unchanged} unchanged, {skipped} skipped, {errors}</source>
            <translation>{changes}, {unchanged} sin cambios, {skipped} omitidas, {errors}</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} cambio</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation>
                <numerusform>{count} cambio</numerusform>
                <numerusform>{count} cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} error</source>
            <translation>{count} error</translation>
        </message>
        <message numerus="yes">
            <source>{count} errors</source>
            <translation>
                <numerusform>{count} error</numerusform>
                <numerusform>{count} errores</numerusform>
            </translation>
        </message>
        <message>
            <source>This file was exported by the app on {moment}. Each row is compared with the grade it was exported with, so a grade changed in the LMS since then is not overwritten silently.</source>
            <translation>La aplicación exportó este archivo el {moment}. Cada fila se compara con la calificación con la que se exportó, de modo que una calificación cambiada desde entonces en el LMS no se sobrescribe sin aviso.</translation>
        </message>
        <message>
            <source>Import {count} change as drafts</source>
            <translation>Importar {count} cambio como borrador</translation>
        </message>
        <message numerus="yes">
            <source>Import {count} changes as drafts</source>
            <translation>
                <numerusform>Importar {count} cambio como borrador</numerusform>
                <numerusform>Importar {count} cambios como borradores</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nada que importar</translation>
        </message>
    </context>
    <context>
        <name>QuickFilter</name>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>No grade</source>
            <translation>Sin calificación</translation>
        </message>
        <message>
            <source>Extra credit</source>
            <translation>Crédito extra</translation>
        </message>
        <message>
            <source>Edited, not sent</source>
            <translation>Editadas, sin enviar</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallidas</translation>
        </message>
        <message>
            <source>Not active students</source>
            <translation>Estudiantes no activos</translation>
        </message>
    </context>
    <context>
        <name>QuitPrompt</name>
        <message>
            <source>Grades not sent</source>
            <translation>Calificaciones no enviadas</translation>
        </message>
        <message>
            <source>&amp;Send now…</source>
            <translation>&amp;Enviar ahora…</translation>
        </message>
        <message>
            <source>Review and send the changes now</source>
            <translation>Revisar y enviar los cambios ahora</translation>
        </message>
        <message>
            <source>&amp;Discard and quit</source>
            <translation>&amp;Descartar y salir</translation>
        </message>
        <message>
            <source>&amp;Keep for later and quit</source>
            <translation>&amp;Conservar para más tarde y salir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>RequestLogModel</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Duration (ms)</source>
            <translation>Duración (ms)</translation>
        </message>
        <message>
            <source>LMS reason / error</source>
            <translation>Motivo del LMS / error</translation>
        </message>
    </context>
    <context>
        <name>RequestLogPanel</name>
        <message>
            <source>Request log</source>
            <translation>Registro de solicitudes</translation>
        </message>
        <message>
            <source>Every call to LTIAAS, newest last: time, method, path, status, duration and the LMS's reason</source>
            <translation>Cada llamada a LTIAAS, la más reciente al final: hora, método, ruta, estado, duración y el motivo del LMS</translation>
        </message>
        <message>
            <source>Request log columns</source>
            <translation>Columnas del registro de solicitudes</translation>
        </message>
        <message>
            <source>&amp;Copy log</source>
            <translation>Co&amp;piar el registro</translation>
        </message>
        <message>
            <source>Copy the request log</source>
            <translation>Copiar el registro de solicitudes</translation>
        </message>
        <message>
            <source>Copy every line as text, for a support ticket</source>
            <translation>Copiar cada línea como texto, para una solicitud de soporte</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Vaciar</translation>
        </message>
        <message>
            <source>Clear the request log</source>
            <translation>Vaciar el registro de solicitudes</translation>
        </message>
    </context>
    <context>
        <name>ResultsLoader</name>
        <message>
            <source>The grades could not be kept on this computer for working offline: {problem}</source>
            <translation>No se pudieron guardar las calificaciones en este equipo para trabajar sin conexión: {problem}</translation>
        </message>
        <message>
            <source>Keeping the grades on this computer</source>
            <translation>Guardando las calificaciones en este equipo</translation>
        </message>
        <message>
            <source>Loading the grades of “{label}”</source>
            <translation>Cargando las calificaciones de «{label}»</translation>
        </message>
        <message>
            <source>Opening the grades kept on this computer</source>
            <translation>Abriendo las calificaciones guardadas en este equipo</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Score on the line item's scale</source>
            <translation>Puntuación en la escala de la columna de calificación</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Choose a line item to see its grades</source>
            <translation>Elija una columna de calificación para ver sus calificaciones</translation>
        </message>
        <message>
            <source>Filter by name, ID or email</source>
            <translation>Filtrar por nombre, ID o correo electrónico</translation>
        </message>
        <message>
            <source>Filter learners</source>
            <translation>Filtrar estudiantes</translation>
        </message>
        <message>
            <source>Shows only learners whose name, user ID or email contains every word typed; Enter or Down goes to the first learner shown</source>
            <translation>Muestra solo los estudiantes cuyo nombre, ID de usuario o correo electrónico contiene todas las palabras escritas; Intro o Flecha abajo lleva al primer estudiante mostrado</translation>
        </message>
        <message>
            <source>Show learners</source>
            <translation>Mostrar estudiantes</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Learners shown</source>
            <translation>Estudiantes mostrados</translation>
        </message>
        <message>
            <source>Learners and their grades</source>
            <translation>Estudiantes y sus calificaciones</translation>
        </message>
        <message>
            <source>Cop&amp;y selected rows</source>
            <translation>&amp;Copiar filas seleccionadas</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {count} scores were copied but {selected} rows are selected. Select {count} rows, or one row to paste from there down.</source>
            <translation>
                <numerusform>No se pegó nada: se copiaron {count} puntuaciones, pero hay {selected} filas seleccionadas. Seleccione {count} filas, o una sola fila para pegar desde ahí hacia abajo.</numerusform>
                <numerusform>No se pegó nada: se copiaron {count} puntuaciones, pero hay {selected} filas seleccionadas. Seleccione {count} filas, o una sola fila para pegar desde ahí hacia abajo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted: {copied} scores were copied but only {count} learner is shown from row {row} down.</source>
            <translation>No se pegó nada: se copiaron {copied} puntuaciones, pero solo se muestra {count} estudiante a partir de la fila {row}.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {copied} scores were copied but only {count} learners are shown from row {row} down.</source>
            <translation>
                <numerusform>No se pegó nada: se copiaron {copied} puntuaciones, pero solo se muestra {count} estudiante a partir de la fila {row}.</numerusform>
                <numerusform>No se pegó nada: se copiaron {copied} puntuaciones, pero solo se muestran {count} estudiantes a partir de la fila {row}.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Paste scores</source>
            <translation>&amp;Pegar puntuaciones</translation>
        </message>
        <message>
            <source>Paste a column of scores copied from a spreadsheet onto the selected learners</source>
            <translation>Pegar en los estudiantes seleccionados una columna de puntuaciones copiada de una hoja de cálculo</translation>
        </message>
        <message>
            <source>The clipboard holds no scores to paste.</source>
            <translation>El portapapeles no contiene puntuaciones que pegar.</translation>
        </message>
        <message>
            <source>Select the learner where the pasted scores should start.</source>
            <translation>Seleccione el estudiante en el que deben empezar las puntuaciones pegadas.</translation>
        </message>
        <message>
            <source>Column headers</source>
            <translation>Encabezados de columna</translation>
        </message>
        <message>
            <source>{shown} of {count} learner shown</source>
            <translation>{shown} de {count} estudiante mostrado</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {count} learners shown</source>
            <translation>
                <numerusform>{shown} de {count} estudiante mostrado</numerusform>
                <numerusform>{shown} de {count} estudiantes mostrados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review before sending</source>
            <translation>Revisar antes de enviar</translation>
        </message>
        <message>
            <source>Review {changes} in {columns}</source>
            <translation>Revisar {changes} en {columns}</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} cambio</translation>
        </message>
        <message>
            <source>{count} grade column</source>
            <translation>{count} columna de calificación</translation>
        </message>
        <message numerus="yes">
            <source>{count} grade columns</source>
            <translation>
                <numerusform>{count} columna de calificación</numerusform>
                <numerusform>{count} columnas de calificación</numerusform>
            </translation>
        </message>
        <message>
            <source>Send {grades} to {line_items}?</source>
            <translation>¿Enviar {grades} a {line_items}?</translation>
        </message>
        <message>
            <source>{count} line item</source>
            <translation>{count} columna de calificación</translation>
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation>
                <numerusform>{count} columna de calificación</numerusform>
                <numerusform>{count} columnas de calificación</numerusform>
            </translation>
        </message>
        <message>
            <source>Send {grades} to “{label}” (out of {maximum})?</source>
            <translation>¿Enviar {grades} a «{label}» (sobre {maximum})?</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes are for learners who are not active students: not sent unless you include them.</source>
            <translation>
                <numerusform>{count} cambio es para personas que no son estudiantes activos del curso: no se envía a menos que las incluya.</numerusform>
                <numerusform>{count} cambios son para personas que no son estudiantes activos del curso: no se envían a menos que las incluya.</numerusform>
            </translation>
        </message>
        <message>
            <source>{summary} {held}</source>
            <translation>{summary} {held}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>{count} grade changed in the LMS after you edited it: it is not sent; you will choose between yours and the LMS's.</source>
            <translation>{count} calificación cambió en el LMS después de que usted la editara: no se envía; podrá elegir entre la suya y la del LMS.</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades changed in the LMS after you edited them: they are not sent; you will choose between yours and the LMS's.</source>
            <translation>
                <numerusform>{count} calificación cambió en el LMS después de que usted la editara: no se envía; podrá elegir entre la suya y la del LMS.</numerusform>
                <numerusform>{count} calificaciones cambiaron en el LMS después de que usted las editara: no se envían; podrá elegir entre las suyas y las del LMS.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing has been sent yet. After sending, each grade is read back from the LMS to check that it arrived.</source>
            <translation>Todavía no se ha enviado nada. Después del envío, cada calificación se vuelve a leer del LMS para comprobar que ha llegado.</translation>
        </message>
        <message>
            <source>The LMS could not be reached when the grades were last loaded: the grades shown are the copy downloaded {when}. Sending will try to reach the LMS now; any grade not sent stays queued on this computer, and Grades › Submit sends it later.</source>
            <translation>No se pudo acceder al LMS la última vez que se cargaron las calificaciones: las calificaciones mostradas son la copia descargada el {when}. Al enviar se intentará acceder al LMS ahora; toda calificación no enviada permanece en cola en este equipo, y Calificaciones › Enviar la envía más tarde.</translation>
        </message>
        <message>
            <source>The LMS is offline</source>
            <translation>El LMS no está disponible</translation>
        </message>
        <message>
            <source>What happens when sending</source>
            <translation>Qué ocurre al enviar</translation>
        </message>
        <message>
            <source>Changes to send</source>
            <translation>Cambios que se enviarán</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Score (out of {maximum})</source>
            <translation>Puntuación (sobre {maximum})</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Email or user ID</source>
            <translation>Correo electrónico o ID de usuario</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>Change columns</source>
            <translation>Columnas de los cambios</translation>
        </message>
        <message>
            <source>“{label}” (out of {maximum}): {count} change</source>
            <translation>«{label}» (sobre {maximum}): {count} cambio</translation>
        </message>
        <message numerus="yes">
            <source>“{label}” (out of {maximum}): {count} changes</source>
            <translation>
                <numerusform>«{label}» (sobre {maximum}): {count} cambio</numerusform>
                <numerusform>«{label}» (sobre {maximum}): {count} cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} change is for a learner who is not an active student: not sent unless you include it.</source>
            <translation>{count} cambio es para una persona que no es estudiante activo del curso: no se envía a menos que la incluya.</translation>
        </message>
        <message>
            <source>Not sent: not an active student ({count})</source>
            <translation>No enviados: no es estudiante activo ({count})</translation>
        </message>
        <message>
            <source>Include them (the LMS will most likely refuse)</source>
            <translation>Incluirlas (lo más probable es que el LMS las rechace)</translation>
        </message>
        <message>
            <source>LMSes refuse grades for people who are not active students of the course (Canvas answers “not a student”). Unchecked, their changes stay unsent.</source>
            <translation>Los LMS rechazan las calificaciones de personas que no son estudiantes activos del curso (Canvas responde «not a student»). Si no se marca, sus cambios quedan sin enviar.</translation>
        </message>
        <message>
            <source>Send the grades</source>
            <translation>Enviar las calificaciones</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>A&amp;hora no</translation>
        </message>
        <message>
            <source>&amp;Send {count} grade</source>
            <translation>&amp;Enviar {count} calificación</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Send {count} grades</source>
            <translation>
                <numerusform>&amp;Enviar {count} calificación</numerusform>
                <numerusform>&amp;Enviar {count} calificaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>LMS user ID: {id}</source>
            <translation>ID de usuario en el LMS: {id}</translation>
        </message>
        <message>
            <source>{reason} (“{label}”)</source>
            <translation>{reason} («{label}»)</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>sin comentario</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Sin comentario</translation>
        </message>
        <message>
            <source>{comment} (kept)</source>
            <translation>{comment} (se conserva)</translation>
        </message>
        <message>
            <source>Kept: {comment}</source>
            <translation>Se conserva: {comment}</translation>
        </message>
        <message>
            <source>“{comment}”</source>
            <translation>«{comment}»</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>Now: {old}
New: {new}</source>
            <translation>Ahora: {old}
Nuevo: {new}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(eliminado)</translation>
        </message>
        <message>
            <source>changed in the LMS since you edited it (it was {was})</source>
            <translation>cambió en el LMS desde que usted la editó (era {was})</translation>
        </message>
        <message>
            <source>extra credit: above the maximum</source>
            <translation>crédito extra: por encima del máximo</translation>
        </message>
        <message>
            <source>clears the grade</source>
            <translation>borra la calificación</translation>
        </message>
        <message>
            <source>removes the comment</source>
            <translation>elimina el comentario</translation>
        </message>
        <message>
            <source>already in the LMS: only checked</source>
            <translation>ya está en el LMS: solo se comprueba</translation>
        </message>
        <message numerus="yes">
            <source>Not sent: not active students ({count})</source>
            <translation>
                <numerusform>No enviados: no es estudiante activo ({count})</numerusform>
                <numerusform>No enviados: no son estudiantes activos ({count})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation>
                <numerusform>{count} cambio</numerusform>
                <numerusform>{count} cambios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RowStatus</name>
        <message>
            <source>conflict</source>
            <translation>conflicto</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallida</translation>
        </message>
        <message>
            <source>saving…</source>
            <translation>guardando…</translation>
        </message>
        <message>
            <source>✎ edited</source>
            <translation>✎ editada</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en cola</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>enviando…</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviada</translation>
        </message>
        <message>
            <source>✓ verified</source>
            <translation>✓ verificada</translation>
        </message>
        <message>
            <source>graded</source>
            <translation>calificada</translation>
        </message>
        <message>
            <source>extra credit</source>
            <translation>crédito extra</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>not on roster</source>
            <translation>fuera de la lista de clase</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactivo</translation>
        </message>
        <message>
            <source>The grade was changed in the LMS after this edit was made: choose which value to keep before it is sent.</source>
            <translation>La calificación cambió en el LMS después de hacer esta edición: elija qué valor conservar antes de que se envíe.</translation>
        </message>
        <message>
            <source>This change did not reach the LMS.</source>
            <translation>Este cambio no llegó al LMS.</translation>
        </message>
        <message>
            <source>Saving this change on this computer…</source>
            <translation>Guardando este cambio en este equipo…</translation>
        </message>
        <message>
            <source>Saved on this computer, not sent yet.</source>
            <translation>Guardado en este equipo, aún no enviado.</translation>
        </message>
        <message>
            <source>Waiting to be sent to the LMS.</source>
            <translation>Pendiente de envío al LMS.</translation>
        </message>
        <message>
            <source>Being sent to the LMS.</source>
            <translation>Enviándose al LMS.</translation>
        </message>
        <message>
            <source>Accepted; waiting for the LMS to show it.</source>
            <translation>Aceptado; esperando a que el LMS lo muestre.</translation>
        </message>
        <message>
            <source>The LMS shows this grade.</source>
            <translation>El LMS muestra esta calificación.</translation>
        </message>
        <message>
            <source>This student has a result but is not on the course roster.</source>
            <translation>Este estudiante tiene un resultado pero no está en la lista de clase del curso.</translation>
        </message>
        <message>
            <source>Not an active student of the course: the LMS refuses their grades, so Submit sends their changes only if you include them.</source>
            <translation>No es un estudiante activo del curso: el LMS rechaza sus calificaciones, así que Enviar solo envía sus cambios si usted los incluye.</translation>
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message numerus="yes">
            <source>Grade {count} learners</source>
            <translation>
                <numerusform>Calificar a {count} estudiante</numerusform>
                <numerusform>Calificar a {count} estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Grade one learner</source>
            <translation>Calificar a un estudiante</translation>
        </message>
        <message>
            <source>Learners and grade column</source>
            <translation>Estudiantes y columna de calificación</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>p. ej. {example}</translation>
        </message>
        <message>
            <source>one score for all of them, e.g. {example}</source>
            <translation>una misma puntuación para todos, p. ej. {example}</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Puntuación máxima</translation>
        </message>
        <message>
            <source>The score is out of this maximum (the column's by default)</source>
            <translation>La puntuación es sobre este máximo (por defecto, el de la columna)</translation>
        </message>
        <message>
            <source>out &amp;of</source>
            <translation>s&amp;obre</translation>
        </message>
        <message>
            <source>Score problem</source>
            <translation>Problema con la puntuación</translation>
        </message>
        <message>
            <source>Activity progress</source>
            <translation>Progreso de la actividad</translation>
        </message>
        <message>
            <source>Grading progress</source>
            <translation>Progreso de la calificación</translation>
        </message>
        <message>
            <source>Anything but “Fully graded” hides the score in most LMSes</source>
            <translation>Cualquier valor distinto de «Calificada por completo» oculta la puntuación en la mayoría de los LMS</translation>
        </message>
        <message>
            <source>&amp;Keep each learner's own comment</source>
            <translation>&amp;Conservar el comentario propio de cada estudiante</translation>
        </message>
        <message>
            <source>Keep each learner's own comment</source>
            <translation>Conservar el comentario propio de cada estudiante</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Sin comentario</translation>
        </message>
        <message>
            <source>The learners have different comments</source>
            <translation>Los estudiantes tienen comentarios distintos</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>&amp;Score:</source>
            <translation>&amp;Puntuación:</translation>
        </message>
        <message>
            <source>&amp;Activity:</source>
            <translation>&amp;Actividad:</translation>
        </message>
        <message>
            <source>&amp;Grading:</source>
            <translation>Ca&amp;lificación:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Comentario:</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <source>Saved on this computer; nothing is sent to the LMS until you submit and confirm.</source>
            <translation>Se guarda en este equipo; no se envía nada al LMS hasta que lo envíe y lo confirme.</translation>
        </message>
        <message numerus="yes">
            <source>Save {count} grades</source>
            <translation>
                <numerusform>Guardar {count} calificación</numerusform>
                <numerusform>Guardar {count} calificaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Save grade</source>
            <translation>Guardar la calificación</translation>
        </message>
        <message>
            <source>Enter a score. To remove a grade, use “Clear grade…” instead.</source>
            <translation>Introduzca una puntuación. Para quitar una calificación, use «Borrar calificación…».</translation>
        </message>
        <message>
            <source>Out of: {problem}</source>
            <translation>Sobre: {problem}</translation>
        </message>
        <message>
            <source>Enter a number.</source>
            <translation>Introduzca un número.</translation>
        </message>
        <message>
            <source>{score} is above the maximum {maximum}: extra credit. Most LMSes keep it; some (D2L) lower it to the maximum, which the app reports after sending.</source>
            <translation>{score} supera el máximo de {maximum}: crédito extra. La mayoría de los LMS lo conservan; algunos (D2L) lo reducen al máximo, lo que la aplicación indica después del envío.</translation>
        </message>
        <message>
            <source>With grading progress “{grading}”, most LMSes (Canvas, Moodle) clear the grade instead of showing this score. Choose “Fully graded” to give the grade.</source>
            <translation>Con el progreso de la calificación «{grading}», la mayoría de los LMS (Canvas, Moodle) borran la calificación en lugar de mostrar esta puntuación. Elija «Calificada por completo» para dar la calificación.</translation>
        </message>
        <message>
            <source>The current comment will be removed.</source>
            <translation>Se eliminará el comentario actual.</translation>
        </message>
        <message>
            <source>The comment of {count} learner will be removed: {names}.</source>
            <translation>Se eliminará el comentario de {count} estudiante: {names}.</translation>
        </message>
        <message numerus="yes">
            <source>The comments of {count} learners will be removed: {names}.</source>
            <translation>
                <numerusform>Se eliminará el comentario de {count} estudiante: {names}.</numerusform>
                <numerusform>Se eliminarán los comentarios de {count} estudiantes: {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Demo course (built-in sandbox)</source>
            <translation>Curso de demostración (entorno de pruebas integrado)</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Sin conectar</translation>
        </message>
        <message>
            <source>Built-in sandbox at {host}</source>
            <translation>Entorno de pruebas integrado en {host}</translation>
        </message>
        <message>
            <source>Connection “{name}” ({host})</source>
            <translation>Conexión «{name}» ({host})</translation>
        </message>
        <message>
            <source>Connected to {host}</source>
            <translation>Conectado a {host}</translation>
        </message>
    </context>
    <context>
        <name>StartupWindow</name>
        <message>
            <source>Saved on {date}; connecting…</source>
            <translation>Guardado el {date}; conectando…</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Abriendo</translation>
        </message>
        <message>
            <source>Opening Gradebook…</source>
            <translation>Abriendo Gradebook…</translation>
        </message>
        <message>
            <source>Learners and their grades as saved</source>
            <translation>Los estudiantes y sus calificaciones tal como se guardaron</translation>
        </message>
    </context>
    <context>
        <name>StatsPane</name>
        <message>
            <source>Learners</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Learners:</source>
            <translation>Estudiantes:</translation>
        </message>
        <message>
            <source>Graded</source>
            <translation>Calificados</translation>
        </message>
        <message>
            <source>Graded:</source>
            <translation>Calificados:</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Mean:</source>
            <translation>Media:</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>Median:</source>
            <translation>Mediana:</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Mínima</translation>
        </message>
        <message>
            <source>Lowest:</source>
            <translation>Mínima:</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Máxima</translation>
        </message>
        <message>
            <source>Highest:</source>
            <translation>Máxima:</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Scores out of {maximum}, with {count} unsent change</source>
            <translation>Puntuaciones sobre {maximum}, con {count} cambio sin enviar</translation>
        </message>
        <message>
            <source>Scores out of {maximum}</source>
            <translation>Puntuaciones sobre {maximum}</translation>
        </message>
        <message numerus="yes">
            <source>Scores out of {maximum}, with {count} unsent changes</source>
            <translation>
                <numerusform>Puntuaciones sobre {maximum}, con {count} cambio sin enviar</numerusform>
                <numerusform>Puntuaciones sobre {maximum}, con {count} cambios sin enviar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusArea</name>
        <message>
            <source>Loading progress</source>
            <translation>Progreso de la carga</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Cargando</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Cancelar la carga</translation>
        </message>
        <message>
            <source>Stop loading; what arrived stays on screen</source>
            <translation>Detener la carga; lo que ya ha llegado permanece en pantalla</translation>
        </message>
        <message>
            <source>Changes saved on this computer and not yet shown by the LMS. Grades › Submit (Ctrl+S) sends them.</source>
            <translation>Cambios guardados en este equipo que el LMS aún no muestra. Calificaciones › Enviar (Ctrl+S) los envía.</translation>
        </message>
        <message>
            <source>Unsent changes</source>
            <translation>Cambios sin enviar</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>LMS</source>
            <translation>LMS</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <source>Nothing can be changed or sent (View › Read-only mode)</source>
            <translation>No se puede modificar ni enviar nada (Ver › Modo de solo lectura)</translation>
        </message>
        <message>
            <source>Read-only mode</source>
            <translation>Modo de solo lectura</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>LMS: {platform}</source>
            <translation>LMS: {platform}</translation>
        </message>
    </context>
    <context>
        <name>SubmissionProgress</name>
        <message>
            <source>Sending progress</source>
            <translation>Progreso del envío</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envío</translation>
        </message>
        <message>
            <source>Cancel sending</source>
            <translation>Cancelar el envío</translation>
        </message>
        <message>
            <source>Stop sending new grades; those not sent stay queued for the next submission</source>
            <translation>Dejar de enviar más calificaciones; las que no se hayan enviado permanecen en cola para el próximo envío</translation>
        </message>
        <message>
            <source>Reading the current grades from the LMS…</source>
            <translation>Leyendo las calificaciones actuales del LMS…</translation>
        </message>
        <message>
            <source>Waiting {seconds} s as the LMS asked…</source>
            <translation>Esperando {seconds} s, como pidió el LMS…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>Stopped: LTIAAS refused the credentials. {report}</source>
            <translation>Detenido: LTIAAS rechazó las credenciales. {report}</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>No se envió: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SubmitController</name>
        <message>
            <source>Grades are being sent: wait for the current run.</source>
            <translation>Se están enviando calificaciones: espere a que termine el envío en curso.</translation>
        </message>
        <message>
            <source>Reading the changes to send</source>
            <translation>Leyendo los cambios que se enviarán</translation>
        </message>
        <message>
            <source>Sending the {count} grade already queued…</source>
            <translation>Enviando {count} calificación que ya estaba en cola…</translation>
        </message>
        <message>
            <source>Nothing new to send. Grades › Resolve conflicts… decides about the grades changed in the LMS.</source>
            <translation>Nada nuevo que enviar. Calificaciones › Resolver conflictos… decide sobre las calificaciones cambiadas en el LMS.</translation>
        </message>
        <message>
            <source>Nothing to send: there are no unsent changes.</source>
            <translation>Nada que enviar: no hay cambios sin enviar.</translation>
        </message>
        <message>
            <source>Submit {count} grade</source>
            <translation>Enviar {count} calificación</translation>
        </message>
        <message>
            <source>Queueing the grades</source>
            <translation>Poniendo las calificaciones en cola</translation>
        </message>
        <message>
            <source>Not connected: the grades stay queued.</source>
            <translation>Sin conectar: las calificaciones permanecen en cola.</translation>
        </message>
        <message>
            <source>“{label}”: {report}</source>
            <translation>«{label}»: {report}</translation>
        </message>
        <message>
            <source>Signed in again. The grades not sent are still queued: Grades › Submit (Ctrl+S) sends them.</source>
            <translation>Se volvió a iniciar sesión. Las calificaciones no enviadas siguen en cola: Calificaciones › Enviar (Ctrl+S) las envía.</translation>
        </message>
        <message>
            <source>Reading the conflicts</source>
            <translation>Leyendo los conflictos</translation>
        </message>
        <message>
            <source>Reading the current grades from the LMS…</source>
            <translation>Leyendo las calificaciones actuales del LMS…</translation>
        </message>
        <message>
            <source>Reading the conflicting grades</source>
            <translation>Leyendo las calificaciones en conflicto</translation>
        </message>
        <message>
            <source>No grade is in conflict.</source>
            <translation>No hay ninguna calificación en conflicto.</translation>
        </message>
        <message>
            <source>Recording your decisions</source>
            <translation>Registrando sus decisiones</translation>
        </message>
        <message>
            <source>Reading the grades waiting</source>
            <translation>Leyendo las calificaciones pendientes de envío</translation>
        </message>
        <message>
            <source>{count} grade is queued from an earlier session; turn read-only mode off to send it.</source>
            <translation>{count} calificación está en cola desde una sesión anterior; desactive el modo de solo lectura para enviarla.</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades are queued from an earlier session; turn read-only mode off to send them.</source>
            <translation>
                <numerusform>{count} calificación está en cola desde una sesión anterior; desactive el modo de solo lectura para enviarla.</numerusform>
                <numerusform>{count} calificaciones están en cola desde una sesión anterior; desactive el modo de solo lectura para enviarlas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Finding the grade columns to send</source>
            <translation>Buscando las columnas de calificación que enviar</translation>
        </message>
        <message numerus="yes">
            <source>Sending the {count} grades already queued…</source>
            <translation>
                <numerusform>Enviando {count} calificación que ya estaba en cola…</numerusform>
                <numerusform>Enviando las {count} calificaciones que ya estaban en cola…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Submit {count} grades</source>
            <translation>
                <numerusform>Enviar {count} calificación</numerusform>
                <numerusform>Enviar {count} calificaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ViewSwitch</name>
        <message>
            <source>Col&amp;umn</source>
            <translation>C&amp;olumna</translation>
        </message>
        <message>
            <source>C&amp;ourse</source>
            <translation>C&amp;urso</translation>
        </message>
        <message>
            <source>One line item: every learner's score, comment and status</source>
            <translation>Una columna de calificación: la puntuación, el comentario y el estado de cada estudiante</translation>
        </message>
        <message>
            <source>Every learner's grade in every line item (Ctrl+Shift+G)</source>
            <translation>La calificación de cada estudiante en cada columna de calificación (Ctrl+Mayús+G)</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Connections…</source>
            <translation>&amp;Conexiones…</translation>
        </message>
        <message>
            <source>Add, edit, test or open a connection to an LTIAAS account</source>
            <translation>Añadir, editar, probar o abrir una conexión a una cuenta de LTIAAS</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Close the window</source>
            <translation>Cerrar la ventana</translation>
        </message>
        <message>
            <source>Copy the selected learners as tab-separated text</source>
            <translation>Copiar los estudiantes seleccionados como texto separado por tabulaciones</translation>
        </message>
        <message>
            <source>&amp;Filter learners</source>
            <translation>&amp;Filtrar estudiantes</translation>
        </message>
        <message>
            <source>Filter by name, ID or email</source>
            <translation>Filtrar por nombre, ID o correo electrónico</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Load the grade columns and grades again</source>
            <translation>Volver a cargar las columnas de calificación y las calificaciones</translation>
        </message>
        <message>
            <source>&amp;Stop loading</source>
            <translation>&amp;Detener la carga</translation>
        </message>
        <message>
            <source>Stop loading the grades</source>
            <translation>Detener la carga de las calificaciones</translation>
        </message>
        <message>
            <source>Nothing can be changed or sent while this is on</source>
            <translation>No se puede modificar ni enviar nada mientras está activado</translation>
        </message>
        <message>
            <source>&amp;About Gradebook</source>
            <translation>&amp;Acerca de Gradebook</translation>
        </message>
        <message>
            <source>C&amp;ourse view</source>
            <translation>Vista &amp;Curso</translation>
        </message>
        <message>
            <source>Every learner's grade in every line item, editable</source>
            <translation>La calificación de cada estudiante en cada columna de calificación, editable</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Deshacer el último cambio</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Redo the change undone</source>
            <translation>Rehacer el cambio deshecho</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Type the score (or comment) in the table; Enter saves and moves down</source>
            <translation>Escriba la puntuación (o el comentario) en la tabla; Intro guarda y baja a la fila siguiente</translation>
        </message>
        <message>
            <source>&amp;Edit grade…</source>
            <translation>E&amp;ditar calificación…</translation>
        </message>
        <message>
            <source>Score, maximum, progress and comment of the selected learners</source>
            <translation>Puntuación, máximo, progreso y comentario de los estudiantes seleccionados</translation>
        </message>
        <message>
            <source>Edit grade</source>
            <translation>Editar calificación</translation>
        </message>
        <message>
            <source>C&amp;lear grade…</source>
            <translation>&amp;Borrar calificación…</translation>
        </message>
        <message>
            <source>Cop&amp;y selected rows</source>
            <translation>&amp;Copiar filas seleccionadas</translation>
        </message>
        <message>
            <source>Read-o&amp;nly mode</source>
            <translation>&amp;Modo de solo lectura</translation>
        </message>
        <message>
            <source>E&amp;dit in the table</source>
            <translation>Editar en la &amp;tabla</translation>
        </message>
        <message>
            <source>Remove the grade of the selected learners (asks first; sent when you submit)</source>
            <translation>Borrar la calificación de los estudiantes seleccionados (pregunta antes; se envía al LMS cuando usted envíe los cambios)</translation>
        </message>
        <message>
            <source>Re&amp;vert changes</source>
            <translation>Re&amp;vertir cambios</translation>
        </message>
        <message>
            <source>Drop the unsent changes of the selected learners</source>
            <translation>Descartar los cambios sin enviar de los estudiantes seleccionados</translation>
        </message>
        <message>
            <source>&amp;Bulk change…</source>
            <translation>Cambio &amp;masivo…</translation>
        </message>
        <message>
            <source>Fill, add, scale, curve or clear the selected grades (or the whole column)</source>
            <translation>Rellenar, sumar, reescalar, aplicar una curva o borrar las calificaciones seleccionadas (o toda la columna)</translation>
        </message>
        <message>
            <source>Co&amp;mment bank…</source>
            <translation>Banco de c&amp;omentarios…</translation>
        </message>
        <message>
            <source>Saved comments: manage them, or give one to the selected learners</source>
            <translation>Comentarios guardados: gestiónelos o dé uno a los estudiantes seleccionados</translation>
        </message>
        <message>
            <source>&amp;Submit…</source>
            <translation>&amp;Enviar…</translation>
        </message>
        <message>
            <source>Review the unsent changes, then send them to the LMS</source>
            <translation>Revisar los cambios sin enviar y después enviarlos al LMS</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Resolve &amp;conflicts…</source>
            <translation>Resolver &amp;conflictos…</translation>
        </message>
        <message>
            <source>Grades changed in the LMS after you edited them: keep yours or take theirs</source>
            <translation>Calificaciones cambiadas en el LMS después de que usted las editara: conserve la suya o acepte la del LMS</translation>
        </message>
        <message>
            <source>&amp;Import grades…</source>
            <translation>&amp;Importar calificaciones…</translation>
        </message>
        <message>
            <source>Bring scores and comments in from a spreadsheet (CSV or XLSX)</source>
            <translation>Traer puntuaciones y comentarios de una hoja de cálculo (CSV o XLSX)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Save the grades to a CSV or XLSX file</source>
            <translation>Guardar las calificaciones en un archivo CSV o XLSX</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Remove &amp;local data…</source>
            <translation>Eliminar datos &amp;locales…</translation>
        </message>
        <message>
            <source>Remove the grades, drafts and history kept on this computer</source>
            <translation>Eliminar las calificaciones, los borradores y el historial guardados en este equipo</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Grades</source>
            <translation>&amp;Calificaciones</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Grading</source>
            <translation>Calificación</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Read-only mode is on: nothing can be changed or sent.</source>
            <translation>El modo de solo lectura está activado: no se puede modificar ni enviar nada.</translation>
        </message>
        <message>
            <source>Choose a grade column first.</source>
            <translation>Elija primero una columna de calificación.</translation>
        </message>
        <message>
            <source>Wait until every grade of the column has loaded.</source>
            <translation>Espere a que se hayan cargado todas las calificaciones de la columna.</translation>
        </message>
        <message>
            <source>Select the learners first.</source>
            <translation>Seleccione primero los estudiantes.</translation>
        </message>
        <message>
            <source>{count} change stays unsent: not an active student of the course.</source>
            <translation>{count} cambio queda sin enviar: no es estudiante activo del curso.</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes stay unsent: not active students of the course.</source>
            <translation>
                <numerusform>{count} cambio queda sin enviar: no es estudiante activo del curso.</numerusform>
                <numerusform>{count} cambios quedan sin enviar: no son estudiantes activos del curso.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_OptionalDate</name>
        <message>
            <source>Set {name}</source>
            <translation>Establecer {name}</translation>
        </message>
        <message>
            <source>Unticked, the column has no such date</source>
            <translation>Si no se marca, la columna no tiene esta fecha</translation>
        </message>
    </context>
    <context>
        <name>banners</name>
        <message>
            <source>&lt;b&gt;Demo course:&lt;/b&gt; the built-in sandbox starts a new course every time the app starts, so these grades and your changes are gone once you quit. File › Connections… connects to your LTIAAS account.</source>
            <translation>&lt;b&gt;Curso de demostración:&lt;/b&gt; el entorno de pruebas integrado crea un curso nuevo cada vez que se inicia la aplicación, así que estas calificaciones y sus cambios se pierden al salir. Archivo › Conexiones… conecta con su cuenta de LTIAAS.</translation>
        </message>
        <message>
            <source>less than a minute ago</source>
            <translation>hace menos de un minuto</translation>
        </message>
        <message>
            <source>{count} minute ago</source>
            <translation>hace {count} minuto</translation>
        </message>
        <message>
            <source>{count} hour ago</source>
            <translation>hace {count} hora</translation>
        </message>
        <message numerus="yes">
            <source>{count} minutes ago</source>
            <translation>
                <numerusform>hace {count} minuto</numerusform>
                <numerusform>hace {count} minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} hours ago</source>
            <translation>
                <numerusform>hace {count} hora</numerusform>
                <numerusform>hace {count} horas</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} day ago</source>
            <translation>hace {count} día</translation>
        </message>
        <message numerus="yes">
            <source>{count} days ago</source>
            <translation>
                <numerusform>hace {count} día</numerusform>
                <numerusform>hace {count} días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bulk</name>
        <message>
            <source>Give a number for this change.</source>
            <translation>Indique un número para este cambio.</translation>
        </message>
        <message>
            <source>Give a finite number.</source>
            <translation>Indique un número finito.</translation>
        </message>
        <message>
            <source>Give a number of 0 or more.</source>
            <translation>Indique un número igual o mayor que 0.</translation>
        </message>
        <message>
            <source>The maximum the scores were given out of must be more than 0.</source>
            <translation>El máximo sobre el que se dieron las puntuaciones debe ser mayor que 0.</translation>
        </message>
        <message>
            <source>not on the course roster: their grade cannot be changed here</source>
            <translation>no está en la lista de clase del curso: su calificación no se puede modificar aquí</translation>
        </message>
        <message>
            <source>{score} has more decimals than an LMS keeps ({decimals}): it would be sent as 0</source>
            <translation>{score} tiene más decimales de los que guarda un LMS ({decimals}): se enviaría como 0</translation>
        </message>
    </context>
    <context>
        <name>cell_texts</name>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>no grade (cleared)</source>
            <translation>sin calificación (borrada)</translation>
        </message>
        <message>
            <source>{score} ({edited} out of {maximum})</source>
            <translation>{score} ({edited} sobre {maximum})</translation>
        </message>
        <message>
            <source>was {was}, now {now}</source>
            <translation>antes {was}, ahora {now}</translation>
        </message>
        <message>
            <source>The LMS has changed since this edit was made (it showed {then} then).</source>
            <translation>El LMS ha cambiado desde que se hizo esta edición (entonces mostraba {then}).</translation>
        </message>
    </context>
    <context>
        <name>comment_bank</name>
        <message>
            <source>A brace is not closed or not opened: write {open} or {close} for a brace, or a placeholder such as {example}.</source>
            <translation>Hay una llave sin cerrar o sin abrir: escriba {open} o {close} para poner una llave, o un marcador como {example}.</translation>
        </message>
        <message>
            <source>{shown} is not a placeholder: use {known}.</source>
            <translation>{shown} no es un marcador: use {known}.</translation>
        </message>
        <message>
            <source>A comment needs a shortcut, such as “good”.</source>
            <translation>Un comentario necesita un atajo, como «bien».</translation>
        </message>
        <message>
            <source>A shortcut is one word without spaces or ';', not “{kept}”.</source>
            <translation>Un atajo es una sola palabra sin espacios ni «;», no «{kept}».</translation>
        </message>
        <message>
            <source>A saved comment needs some text.</source>
            <translation>Un comentario guardado debe tener texto.</translation>
        </message>
        <message>
            <source>{name} has no score for the comment's {placeholder}.</source>
            <translation>{name} no tiene puntuación para el marcador {placeholder} del comentario.</translation>
        </message>
        <message>
            <source>The file is too large for a comment bank.</source>
            <translation>El archivo es demasiado grande para un banco de comentarios.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text: save it as CSV UTF-8 and import it again.</source>
            <translation>El archivo no es texto UTF-8: guárdelo como CSV UTF-8 e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>The first line must be the header “shortcut,scope,text” of a comment bank file.</source>
            <translation>La primera línea debe ser el encabezado «shortcut,scope,text» de un archivo de banco de comentarios.</translation>
        </message>
        <message>
            <source>the shortcut “{shortcut}” comes twice</source>
            <translation>el atajo «{shortcut}» aparece dos veces</translation>
        </message>
        <message>
            <source>Line {line} is not well-formed CSV: {problem}.</source>
            <translation>La línea {line} no es CSV bien formado: {problem}.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problems}.</source>
            <translation>No se importó nada: {problems}.</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>línea {line}: {problem}</translation>
        </message>
        <message>
            <source>{count} cell instead of 3 (shortcut, scope, text)</source>
            <translation>{count} celda en lugar de 3 (shortcut, scope, text)</translation>
        </message>
        <message>
            <source>a course comment, and no course is open</source>
            <translation>un comentario del curso, y no hay ningún curso abierto</translation>
        </message>
        <message>
            <source>the scope is “{scope}”: write course or global</source>
            <translation>el ámbito es «{scope}»: escriba course o global</translation>
        </message>
        <message>
            <source>{name} has no score: give a score first, then the comment</source>
            <translation>{name} no tiene puntuación: ponga primero una puntuación y después el comentario</translation>
        </message>
        <message numerus="yes">
            <source>{count} cells instead of 3 (shortcut, scope, text)</source>
            <translation>
                <numerusform>{count} celda en lugar de 3 (shortcut, scope, text)</numerusform>
                <numerusform>{count} celdas en lugar de 3 (shortcut, scope, text)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comment_bank_dialog</name>
        <message>
            <source>Comment bank (*.csv);;All files (*)</source>
            <translation>Banco de comentarios (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import comments</source>
            <translation>Importar comentarios</translation>
        </message>
        <message>
            <source>Export comments</source>
            <translation>Exportar comentarios</translation>
        </message>
    </context>
    <context>
        <name>conflict_dialog</name>
        <message>
            <source>Decide later</source>
            <translation>Decidir más tarde</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Conservar la mía</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Aceptar la del LMS</translation>
        </message>
    </context>
    <context>
        <name>connection_check</name>
        <message>
            <source>not identified</source>
            <translation>sin identificar</translation>
        </message>
        <message>
            <source>{name} (not a family the app knows: standard LTI rules apply)</source>
            <translation>{name} (una familia que la aplicación no conoce: se aplican las reglas LTI estándar)</translation>
        </message>
        <message>
            <source>Connected with the service key: {count} grade column found. The LMS family cannot be learned without an ltik; choose it below if known.</source>
            <translation>Conectado con la clave de servicio: se encontró {count} columna de calificación. Sin un ltik no se puede saber la familia del LMS; elíjala abajo si la conoce.</translation>
        </message>
        <message numerus="yes">
            <source>Connected with the service key: {count} grade columns found. The LMS family cannot be learned without an ltik; choose it below if known.</source>
            <translation>
                <numerusform>Conectado con la clave de servicio: se encontró {count} columna de calificación. Sin un ltik no se puede saber la familia del LMS; elíjala abajo si la conoce.</numerusform>
                <numerusform>Conectado con la clave de servicio: se encontraron {count} columnas de calificación. Sin un ltik no se puede saber la familia del LMS; elíjala abajo si la conoce.</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Connected.</source>
            <translation>Conectado.</translation>
        </message>
        <message>
            <source>Course: {title}</source>
            <translation>Curso: {title}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>You: {user}</source>
            <translation>Usted: {user}</translation>
        </message>
        <message>
            <source>LMS: {lms}</source>
            <translation>LMS: {lms}</translation>
        </message>
        <message>
            <source>Grades service: available</source>
            <translation>Servicio de calificaciones: disponible</translation>
        </message>
        <message>
            <source>Grades service: NOT available for this launch</source>
            <translation>Servicio de calificaciones: NO disponible para este lanzamiento</translation>
        </message>
        <message>
            <source>The course's service key was received and is kept with this connection: it does not expire, so no further launch is needed.</source>
            <translation>Se recibió la clave de servicio del curso y se guarda con esta conexión: no caduca, así que no hace falta ningún otro lanzamiento.</translation>
        </message>
        <message>
            <source>No service key was offered: the ltik lasts 24 hours. After that, launch the tool from the LMS again and paste the new ltik here.</source>
            <translation>No se ofreció ninguna clave de servicio: el ltik dura 24 horas. Después, lance de nuevo la herramienta desde el LMS y pegue aquí el nuevo ltik.</translation>
        </message>
    </context>
    <context>
        <name>connection_dialog</name>
        <message>
            <source>An ltik from a launch (recommended)</source>
            <translation>Un ltik de un lanzamiento (recomendado)</translation>
        </message>
        <message>
            <source>The course's service key</source>
            <translation>La clave de servicio del curso</translation>
        </message>
        <message>
            <source>Both an ltik and the service key</source>
            <translation>Un ltik y la clave de servicio</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Eliminar la conexión</translation>
        </message>
        <message>
            <source>Remove the connection “{name}” and its secrets from this computer?

Nothing changes in the LMS.</source>
            <translation>¿Eliminar de este equipo la conexión «{name}» y sus secretos?

No cambia nada en el LMS.</translation>
        </message>
    </context>
    <context>
        <name>course_tasks</name>
        <message>
            <source>Submit {count} grade</source>
            <translation>Enviar {count} calificación</translation>
        </message>
        <message numerus="yes">
            <source>Submit {count} grades</source>
            <translation>
                <numerusform>Enviar {count} calificación</numerusform>
                <numerusform>Enviar {count} calificaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>course_view</name>
        <message>
            <source>saved here, not sent</source>
            <translation>guardada aquí, no enviada</translation>
        </message>
        <message>
            <source>being sent</source>
            <translation>enviándose</translation>
        </message>
        <message>
            <source>changed in the LMS: resolve</source>
            <translation>cambiada en el LMS: resolver</translation>
        </message>
        <message>
            <source>not taken by the LMS</source>
            <translation>no aceptada por el LMS</translation>
        </message>
        <message>
            <source>Hover a cell for details; Enter on a name (or Ctrl+Shift+L) shows that learner's every line item.</source>
            <translation>Pase el puntero sobre una celda para ver los detalles; Intro sobre un nombre (o Ctrl+Mayús+L) muestra todas las columnas de calificación de ese estudiante.</translation>
        </message>
    </context>
    <context>
        <name>edit_requests</name>
        <message>
            <source>Read-only mode is on: nothing can be changed (View › Read-only mode).</source>
            <translation>El modo de solo lectura está activado: no se puede modificar nada (Ver › Modo de solo lectura).</translation>
        </message>
        <message>
            <source>{learner}: {score} is above the maximum of {maximum} (extra credit).</source>
            <translation>{learner}: {score} supera el máximo de {maximum} (crédito extra).</translation>
        </message>
        <message>
            <source>{learner} is not on the course roster: their grade cannot be changed here.</source>
            <translation>{learner} no está en la lista de clase del curso: su calificación no se puede modificar aquí.</translation>
        </message>
        <message>
            <source>type the points out of {maximum}, the Maximum column; Edit grade (Ctrl+E) takes another maximum</source>
            <translation>escriba los puntos sobre {maximum}, el de la columna Máximo; Editar calificación (Ctrl+E) admite otro máximo</translation>
        </message>
        <message>
            <source>{learner}: {problem}</source>
            <translation>{learner}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{count} of the {total} scores are above the maximum of {maximum} (extra credit).</source>
            <translation>
                <numerusform>{count} de las {total} puntuaciones supera el máximo de {maximum} (crédito extra).</numerusform>
                <numerusform>{count} de las {total} puntuaciones superan el máximo de {maximum} (crédito extra).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <source>Cancelled before anything was sent.</source>
            <translation>Cancelado antes de enviar nada.</translation>
        </message>
        <message>
            <source>Reading the current grades from the LMS</source>
            <translation>Leyendo las calificaciones actuales del LMS</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Kept the LMS's grade for {user}</source>
            <translation>Se conservó la calificación del LMS para {user}</translation>
        </message>
        <message>
            <source>Checking what the LMS shows</source>
            <translation>Comprobando lo que muestra el LMS</translation>
        </message>
        <message>
            <source>LTIAAS could not be reached: {problem} The grades not yet sent stay queued.</source>
            <translation>No se pudo acceder a LTIAAS: {problem} Las calificaciones aún no enviadas permanecen en cola.</translation>
        </message>
        <message>
            <source>the LMS answered HTTP {status} {times}</source>
            <translation>el LMS respondió HTTP {status} {times}</translation>
        </message>
        <message>
            <source>the connection failed {times}</source>
            <translation>la conexión falló {times}</translation>
        </message>
        <message>
            <source>The LMS took none of the grades sent ({failures} for {user}): {problem} The grades not yet sent stay queued.</source>
            <translation>El LMS no aceptó ninguna de las calificaciones enviadas ({failures} para {user}): {problem} Las calificaciones aún no enviadas permanecen en cola.</translation>
        </message>
        <message>
            <source>Checking the grade of {user}</source>
            <translation>Comprobando la calificación de {user}</translation>
        </message>
        <message>
            <source>The grades could not be read from the LMS: {problem} The grades not yet verified stay queued.</source>
            <translation>No se pudieron leer las calificaciones del LMS: {problem} Las calificaciones aún no verificadas permanecen en cola.</translation>
        </message>
        <message>
            <source>A newer grade for {user} is queued</source>
            <translation>Hay una calificación más reciente en cola para {user}</translation>
        </message>
        <message>
            <source>{problem} The grades not yet sent stay queued.</source>
            <translation>{problem} Las calificaciones aún no enviadas permanecen en cola.</translation>
        </message>
        <message>
            <source>The LMS asked us to wait {wait}, longer than the {most} this app waits at most.</source>
            <translation>El LMS pidió esperar {wait}, más que el máximo de {most} que espera esta aplicación.</translation>
        </message>
        <message>
            <source>The LMS asked us to wait {wait}, longer than the {most} this app waits at most; {count} grade is kept queued to send later.</source>
            <translation>El LMS pidió esperar {wait}, más que el máximo de {most} que espera esta aplicación; {count} calificación se mantiene en cola para enviarla más tarde.</translation>
        </message>
        <message>
            <source>Waiting {wait} before the next request</source>
            <translation>Esperando {wait} antes de la siguiente solicitud</translation>
        </message>
        <message>
            <source>Done waiting</source>
            <translation>Espera terminada</translation>
        </message>
        <message>
            <source>{user} is queued</source>
            <translation>{user} está en cola</translation>
        </message>
        <message>
            <source>Sending the grade of {user}</source>
            <translation>Enviando la calificación de {user}</translation>
        </message>
        <message>
            <source>The LMS accepted the grade of {user}</source>
            <translation>El LMS aceptó la calificación de {user}</translation>
        </message>
        <message>
            <source>The LMS shows the grade of {user}</source>
            <translation>El LMS muestra la calificación de {user}</translation>
        </message>
        <message>
            <source>The grade of {user} changed in the LMS</source>
            <translation>La calificación de {user} cambió en el LMS</translation>
        </message>
        <message>
            <source>The grade of {user} was not taken</source>
            <translation>La calificación de {user} no se aceptó</translation>
        </message>
        <message>
            <source>once</source>
            <translation>una vez</translation>
        </message>
        <message>
            <source>twice</source>
            <translation>dos veces</translation>
        </message>
        <message>
            <source>three times</source>
            <translation>tres veces</translation>
        </message>
        <message>
            <source>four times</source>
            <translation>cuatro veces</translation>
        </message>
        <message>
            <source>five times</source>
            <translation>cinco veces</translation>
        </message>
        <message>
            <source>six times</source>
            <translation>seis veces</translation>
        </message>
        <message>
            <source>seven times</source>
            <translation>siete veces</translation>
        </message>
        <message>
            <source>eight times</source>
            <translation>ocho veces</translation>
        </message>
        <message>
            <source>nine times</source>
            <translation>nueve veces</translation>
        </message>
        <message>
            <source>ten times</source>
            <translation>diez veces</translation>
        </message>
        <message>
            <source>Cancelled: the grades not yet sent stay queued.</source>
            <translation>Cancelado: las calificaciones aún no enviadas permanecen en cola.</translation>
        </message>
        <message numerus="yes">
            <source>LTIAAS kept asking to slow down ({count} times in a row): {problem} The grades not yet sent stay queued.</source>
            <translation>
                <numerusform>LTIAAS siguió pidiendo que se redujera el ritmo ({count} vez seguida): {problem} Las calificaciones aún no enviadas permanecen en cola.</numerusform>
                <numerusform>LTIAAS siguió pidiendo que se redujera el ritmo ({count} veces seguidas): {problem} Las calificaciones aún no enviadas permanecen en cola.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The LMS asked us to wait {wait}, longer than the {most} this app waits at most; {count} grades are kept queued to send later.</source>
            <translation>
                <numerusform>El LMS pidió esperar {wait}, más que el máximo de {most} que espera esta aplicación; {count} calificación se mantiene en cola para enviarla más tarde.</numerusform>
                <numerusform>El LMS pidió esperar {wait}, más que el máximo de {most} que espera esta aplicación; {count} calificaciones se mantienen en cola para enviarlas más tarde.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} times</source>
            <translation>
                <numerusform>{count} vez</numerusform>
                <numerusform>{count} veces</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{count} second</source>
            <translation>{count} segundo</translation>
        </message>
        <message>
            <source>{count} minute</source>
            <translation>{count} minuto</translation>
        </message>
        <message>
            <source>{count} hour</source>
            <translation>{count} hora</translation>
        </message>
        <message>
            <source>{count} day</source>
            <translation>{count} día</translation>
        </message>
        <message>
            <source>more than 100 years</source>
            <translation>más de 100 años</translation>
        </message>
        <message numerus="yes">
            <source>{count} days</source>
            <translation>
                <numerusform>{count} día</numerusform>
                <numerusform>{count} días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} hours</source>
            <translation>
                <numerusform>{count} hora</numerusform>
                <numerusform>{count} horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} minutes</source>
            <translation>
                <numerusform>{count} minuto</numerusform>
                <numerusform>{count} minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} seconds</source>
            <translation>
                <numerusform>{count} segundo</numerusform>
                <numerusform>{count} segundos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>{user}: the user ID had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user}: el ID de usuario tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</translation>
        </message>
        <message>
            <source>{user}: the name had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user}: el nombre tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</translation>
        </message>
        <message>
            <source>{user}: the email had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user}: el correo electrónico tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</translation>
        </message>
        <message>
            <source>{user}: the comment had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user}: el comentario tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</translation>
        </message>
        <message numerus="yes">
            <source>{user}: the comment had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user}: el comentario tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</numerusform>
                <numerusform>{user}: el comentario tenía {count} caracteres que una hoja de cálculo no admite; se sustituyeron por {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the email had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user}: el correo electrónico tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</numerusform>
                <numerusform>{user}: el correo electrónico tenía {count} caracteres que una hoja de cálculo no admite; se sustituyeron por {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the name had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user}: el nombre tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</numerusform>
                <numerusform>{user}: el nombre tenía {count} caracteres que una hoja de cálculo no admite; se sustituyeron por {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the user ID had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user}: el ID de usuario tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</numerusform>
                <numerusform>{user}: el ID de usuario tenía {count} caracteres que una hoja de cálculo no admite; se sustituyeron por {replacement}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export grades</source>
            <translation>Exportar calificaciones</translation>
        </message>
        <message>
            <source>grades</source>
            <translation>calificaciones</translation>
        </message>
    </context>
    <context>
        <name>grid</name>
        <message>
            <source>{reason}, not sent: {why} (the LMS refuses their grades)</source>
            <translation>{reason}, no enviada: {why} (el LMS rechaza sus calificaciones)</translation>
        </message>
    </context>
    <context>
        <name>grid_file</name>
        <message>
            <source>The label of {line_item} had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>El nombre de {line_item} tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</translation>
        </message>
        <message>
            <source>A user ID had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>Un ID de usuario tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</translation>
        </message>
        <message>
            <source>The workbook's hidden sheet '{sheet}' cannot be read.</source>
            <translation>No se puede leer la hoja oculta «{sheet}» del libro.</translation>
        </message>
        <message>
            <source>The workbook's hidden sheet '{sheet}' was changed, so edits cannot be told from changes made in the LMS: export the grid again and copy your edits into it.</source>
            <translation>La hoja oculta «{sheet}» del libro se modificó, así que no se pueden distinguir sus ediciones de los cambios hechos en el LMS: exporte de nuevo la cuadrícula y copie en ella sus ediciones.</translation>
        </message>
        <message>
            <source>a grid file has userId, name and email, then one column per line item named 'label [id]', as 'gradebook grid' writes it</source>
            <translation>un archivo de cuadrícula tiene userId, name y email y, después, una columna por cada columna de calificación, llamada «nombre [id]», tal como la escribe «gradebook grid»</translation>
        </message>
        <message>
            <source>The column '{header}' names the line item {wanted}, which this course does not have (deleted in the LMS, or a file of another course).</source>
            <translation>La columna «{header}» designa la columna de calificación {wanted}, que este curso no tiene (se eliminó en el LMS, o el archivo es de otro curso).</translation>
        </message>
        <message>
            <source>The column '{header}' is not a line item: {expected}.</source>
            <translation>La columna «{header}» no es una columna de calificación: {expected}.</translation>
        </message>
        <message>
            <source>The columns '{first}' and '{header}' are the same line item: remove one of them.</source>
            <translation>Las columnas «{first}» y «{header}» son la misma columna de calificación: elimine una de ellas.</translation>
        </message>
        <message>
            <source>The column '{removed}' was removed from the file, but its base column is still there: put the column back (blank cells leave grades alone), or export the grid again.</source>
            <translation>La columna «{removed}» se eliminó del archivo, pero su columna base sigue ahí: vuelva a poner la columna (las celdas vacías no modifican las calificaciones) o exporte de nuevo la cuadrícula.</translation>
        </message>
        <message>
            <source>The file has no line item column: {expected}.</source>
            <translation>El archivo no tiene ninguna columna de calificación: {expected}.</translation>
        </message>
        <message numerus="yes">
            <source>A user ID had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>Un ID de usuario tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</numerusform>
                <numerusform>Un ID de usuario tenía {count} caracteres que una hoja de cálculo no admite; se sustituyeron por {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The column header {column} is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>El encabezado de columna {column} es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva solo {count} carácter.</numerusform>
                <numerusform>El encabezado de columna {column} es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva sus primeros {count} caracteres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The label of {line_item} had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>El nombre de {line_item} tenía {count} carácter que una hoja de cálculo no admite; se sustituyó por {replacement}.</numerusform>
                <numerusform>El nombre de {line_item} tenía {count} caracteres que una hoja de cálculo no admite; se sustituyeron por {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The user ID {user} is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>El ID de usuario {user} es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva solo {count} carácter.</numerusform>
                <numerusform>El ID de usuario {user} es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva sus primeros {count} caracteres.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>history_view</name>
        <message>
            <source>Verified</source>
            <translation>Verificada</translation>
        </message>
        <message>
            <source>Conflict: not sent</source>
            <translation>Conflicto: no enviada</translation>
        </message>
        <message>
            <source>Refused by the LMS</source>
            <translation>Rechazada por el LMS</translation>
        </message>
        <message>
            <source>Ignored by the LMS</source>
            <translation>Ignorada por el LMS</translation>
        </message>
        <message>
            <source>Capped at the maximum</source>
            <translation>Limitada al máximo</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <source>Kept the LMS's grade and comment</source>
            <translation>Se conservaron la calificación y el comentario del LMS</translation>
        </message>
        <message>
            <source>Replaced by a newer grade</source>
            <translation>Sustituida por una calificación más reciente</translation>
        </message>
        <message>
            <source>Export the history</source>
            <translation>Exportar el historial</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <translation>«{text}»</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>“{text}” (same)</source>
            <translation>«{text}» (igual)</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Before: {before}
After: {after}</source>
            <translation>Antes: {before}
Después: {after}</translation>
        </message>
        <message>
            <source>LMS's comment kept</source>
            <translation>Se conservó el comentario del LMS</translation>
        </message>
        <message>
            <source>left as it was</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>LMS's comment kept; yours “{text}” not sent</source>
            <translation>Se conservó el comentario del LMS; el suyo, «{text}», no se envió</translation>
        </message>
        <message>
            <source>LMS's comment kept; your removal not sent</source>
            <translation>Se conservó el comentario del LMS; su eliminación no se envió</translation>
        </message>
        <message>
            <source>Before: {before}
Yours, not sent: {yours}
The LMS's grade and comment were kept (the reason says what they are).</source>
            <translation>Antes: {before}
La suya, no enviada: {yours}
Se conservaron la calificación y el comentario del LMS (el motivo indica cuáles son).</translation>
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>The window will show the new language the next time the app starts.</source>
            <translation>La ventana mostrará el nuevo idioma la próxima vez que se inicie la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>import_mapping_page</name>
        <message>
            <source>The columns are as you chose them for the last import: check them.</source>
            <translation>Las columnas son las que eligió en la última importación: compruébelas.</translation>
        </message>
        <message>
            <source>No column name says which student a row is for: choose that column.</source>
            <translation>Ningún nombre de columna indica a qué estudiante corresponde cada fila: elija esa columna.</translation>
        </message>
        <message>
            <source>The columns were guessed from their names: check them.</source>
            <translation>Las columnas se han deducido de sus nombres: compruébelas.</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
    </context>
    <context>
        <name>import_page_parts</name>
        <message>
            <source>Fix it in your spreadsheet program, save it, then choose “Read the file again”.</source>
            <translation>Corríjalo en su programa de hojas de cálculo, guárdelo y elija «Volver a leer el archivo».</translation>
        </message>
    </context>
    <context>
        <name>import_preview</name>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Score now</source>
            <translation>Puntuación actual</translation>
        </message>
        <message>
            <source>New score</source>
            <translation>Puntuación nueva</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>will change</source>
            <translation>cambiará</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitida</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Todas</translation>
        </message>
        <message>
            <source>Show all rows</source>
            <translation>Mostrar todas las filas</translation>
        </message>
        <message>
            <source>Will c&amp;hange</source>
            <translation>&amp;Cambiarán</translation>
        </message>
        <message>
            <source>Show rows that will change</source>
            <translation>Mostrar las filas que cambiarán</translation>
        </message>
        <message>
            <source>Show rows with errors</source>
            <translation>Mostrar las filas con errores</translation>
        </message>
        <message>
            <source>&amp;Unchanged</source>
            <translation>&amp;Sin cambios</translation>
        </message>
        <message>
            <source>Show unchanged rows</source>
            <translation>Mostrar las filas sin cambios</translation>
        </message>
        <message>
            <source>S&amp;kipped</source>
            <translation>&amp;Omitidas</translation>
        </message>
        <message>
            <source>Show skipped rows</source>
            <translation>Mostrar las filas omitidas</translation>
        </message>
        <message>
            <source>&amp;Errors</source>
            <translation>&amp;Errores</translation>
        </message>
        <message>
            <source>Select a row to read everything about it here.</source>
            <translation>Seleccione una fila para ver aquí toda su información.</translation>
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message>
            <source>Choose a spreadsheet to import</source>
            <translation>Elija una hoja de cálculo para importar</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
            <translation>Hojas de cálculo (*.csv *.xlsx *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>importer</name>
        <message>
            <source>Cannot read {file}: {problem}.</source>
            <translation>No se puede leer {file}: {problem}.</translation>
        </message>
        <message>
            <source>{path} is {kind}, not a file of grades: choose a CSV or XLSX file.</source>
            <translation>{path} es {kind}, no un archivo de calificaciones: elija un archivo CSV o XLSX.</translation>
        </message>
        <message>
            <source>{file} is too large for a grade import.</source>
            <translation>{file} es demasiado grande para una importación de calificaciones.</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>una carpeta</translation>
        </message>
        <message>
            <source>a named pipe</source>
            <translation>una tubería con nombre</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un dispositivo</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>un socket</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>un archivo especial</translation>
        </message>
        <message>
            <source>This is an old Excel workbook (.xls): save it as .xlsx or CSV and import that.</source>
            <translation>Es un libro de Excel antiguo (.xls): guárdelo como .xlsx o CSV e importe ese archivo.</translation>
        </message>
        <message>
            <source>The file is not a readable XLSX workbook (it may be damaged).</source>
            <translation>El archivo no es un libro XLSX legible (puede estar dañado).</translation>
        </message>
        <message>
            <source>A quote opened on line {line} is never closed.</source>
            <translation>Una comilla abierta en la línea {line} no se cierra nunca.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as CSV ({problem}).</source>
            <translation>La línea {line} no se puede leer como CSV ({problem}).</translation>
        </message>
        <message>
            <source>The file is not text in UTF-8, UTF-16 or Windows-1252: it cannot be read as CSV.</source>
            <translation>El archivo no es texto en UTF-8, UTF-16 ni Windows-1252: no se puede leer como CSV.</translation>
        </message>
        <message>
            <source>The file holds binary data, not a CSV table.</source>
            <translation>El archivo contiene datos binarios, no una tabla CSV.</translation>
        </message>
        <message>
            <source>Line {line}, byte {byte} (at byte {position} of the file) is not UTF-8, but the rest of the file is: part of it was written in another encoding. Save the file as UTF-8 and import it again.</source>
            <translation>La línea {line}, byte {byte} (en el byte {position} del archivo) no es UTF-8, pero el resto del archivo sí: una parte se escribió con otra codificación. Guarde el archivo como UTF-8 e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>The column '{name}' appears twice (columns {first} and {second}): rename one of them.</source>
            <translation>La columna «{name}» aparece dos veces (columnas {first} y {second}): cambie el nombre de una de ellas.</translation>
        </message>
        <message>
            <source>The columns '{first_name}' ({first}) and '{name}' ({second}) have the same name but for case, spaces or punctuation, so either could be read: rename or remove one of them.</source>
            <translation>Las columnas «{first_name}» ({first}) y «{name}» ({second}) tienen el mismo nombre salvo por mayúsculas, espacios o puntuación, así que podría leerse cualquiera de las dos: cambie el nombre de una de ellas o elimínela.</translation>
        </message>
        <message>
            <source>The file has a header row but no grades below it.</source>
            <translation>El archivo tiene una fila de encabezado, pero ninguna calificación debajo.</translation>
        </message>
        <message>
            <source>No column identifies the student: the file needs a userId, email or name column (it has: {headers}).</source>
            <translation>Ninguna columna identifica al estudiante: el archivo necesita una columna userId, email o name (tiene: {headers}).</translation>
        </message>
        <message>
            <source>No column identifies the student: the file needs a {kind} column (it has: {headers}).</source>
            <translation>Ninguna columna identifica al estudiante: el archivo necesita una columna {kind} (tiene: {headers}).</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
        <message>
            <source>The file has no column {missing} (it has: {headers}).</source>
            <translation>El archivo no tiene ninguna columna {missing} (tiene: {headers}).</translation>
        </message>
        <message>
            <source>Choose the column with the scores (or the comments) to import.</source>
            <translation>Elija la columna con las puntuaciones (o los comentarios) que importar.</translation>
        </message>
        <message>
            <source>the same student is also on line {lines}</source>
            <translation>el mismo estudiante también aparece en la línea {lines}</translation>
        </message>
        <message>
            <source>the row has {count} more cell than the header: a text with a delimiter in it needs quotes</source>
            <translation>la fila tiene {count} celda más que el encabezado: un texto que contiene un delimitador necesita comillas</translation>
        </message>
        <message>
            <source>the {column} cell holds a formula; paste it as a value (Paste Special, Values) and import again</source>
            <translation>la celda {column} contiene una fórmula; péguela como valor (Pegado especial, Valores) e importe de nuevo</translation>
        </message>
        <message>
            <source>a comment needs a score: this student has no grade yet</source>
            <translation>un comentario necesita una puntuación: este estudiante aún no tiene calificación</translation>
        </message>
        <message>
            <source>score</source>
            <translation>puntuación</translation>
        </message>
        <message>
            <source>not on the course roster (the student may have left the course)</source>
            <translation>no está en la lista de clase del curso (puede que el estudiante haya dejado el curso)</translation>
        </message>
        <message>
            <source>extra credit: {score} is above the maximum {maximum}</source>
            <translation>crédito extra: {score} supera el máximo de {maximum}</translation>
        </message>
        <message>
            <source>grading progress {grading}: most LMSes then show no grade</source>
            <translation>progreso de la calificación «{grading}»: la mayoría de los LMS no muestran entonces ninguna calificación</translation>
        </message>
        <message>
            <source>same as in the LMS</source>
            <translation>igual que en el LMS</translation>
        </message>
        <message>
            <source>not changed in the file</source>
            <translation>sin cambios en el archivo</translation>
        </message>
        <message>
            <source>the LMS has changed since the export: {drift}</source>
            <translation>el LMS ha cambiado desde la exportación: {drift}</translation>
        </message>
        <message>
            <source>{what}: {problem}</source>
            <translation>{what}: {problem}</translation>
        </message>
        <message>
            <source>changed in the LMS since the export: {drift}</source>
            <translation>cambiada en el LMS desde la exportación: {drift}</translation>
        </message>
        <message>
            <source>blank: left unchanged</source>
            <translation>en blanco: se deja sin cambios</translation>
        </message>
        <message>
            <source>no {column} on this row</source>
            <translation>no hay {column} en esta fila</translation>
        </message>
        <message>
            <source>more than one learner has the email {text}: match by user ID instead</source>
            <translation>más de un estudiante tiene el correo electrónico {text}: identifíquelos por ID de usuario</translation>
        </message>
        <message>
            <source>more than one learner is called {text}: match by user ID or email instead</source>
            <translation>más de un estudiante se llama {text}: identifíquelos por ID de usuario o por correo electrónico</translation>
        </message>
        <message>
            <source>no student in this course matches {text}</source>
            <translation>ningún estudiante de este curso coincide con {text}</translation>
        </message>
        <message>
            <source>the user ID is a date ({cell}): the spreadsheet turned an ID into a date; format the ID column as text and paste the IDs again</source>
            <translation>el ID de usuario es una fecha ({cell}): la hoja de cálculo convirtió un ID en una fecha; dé formato de texto a la columna de ID y vuelva a pegar los ID</translation>
        </message>
        <message>
            <source>{cell} is not a user ID</source>
            <translation>{cell} no es un ID de usuario</translation>
        </message>
        <message>
            <source>the user ID is a number with decimals ({cell})</source>
            <translation>el ID de usuario es un número con decimales ({cell})</translation>
        </message>
        <message>
            <source>no student has the user ID {text}, but {padded} does: the spreadsheet dropped leading zeros; format the ID column as text and paste the IDs again</source>
            <translation>ningún estudiante tiene el ID de usuario {text}, pero {padded} sí: la hoja de cálculo eliminó los ceros iniciales; dé formato de texto a la columna de ID y vuelva a pegar los ID</translation>
        </message>
        <message>
            <source>the user ID {text} is in scientific notation: the spreadsheet lost its digits; format the ID column as text and paste the IDs again</source>
            <translation>el ID de usuario {text} está en notación científica: la hoja de cálculo perdió dígitos; dé formato de texto a la columna de ID y vuelva a pegar los ID</translation>
        </message>
        <message>
            <source>the user ID {text} looks like a date: the spreadsheet turned an ID into a date; format the ID column as text and paste the IDs again</source>
            <translation>el ID de usuario {text} parece una fecha: la hoja de cálculo convirtió un ID en una fecha; dé formato de texto a la columna de ID y vuelva a pegar los ID</translation>
        </message>
        <message>
            <source>no student has the user ID {text}; {whole} does, written as a decimal number: write the ID as it is in the LMS</source>
            <translation>ningún estudiante tiene el ID de usuario {text}; {whole} sí, escrito como número decimal: escriba el ID tal como está en el LMS</translation>
        </message>
        <message>
            <source>no student with the user ID {text} in this course</source>
            <translation>no hay ningún estudiante con el ID de usuario {text} en este curso</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>máximo</translation>
        </message>
        <message>
            <source>the maximum must be greater than 0</source>
            <translation>el máximo debe ser mayor que 0</translation>
        </message>
        <message>
            <source>{column} {text} is not one of {values}</source>
            <translation>{column} {text} no es ninguno de estos valores: {values}</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation>{score} sobre {maximum}</translation>
        </message>
        <message>
            <source>score {old} → {new}</source>
            <translation>puntuación {old} → {new}</translation>
        </message>
        <message>
            <source>comment changed</source>
            <translation>comentario modificado</translation>
        </message>
        <message>
            <source>comment added</source>
            <translation>comentario añadido</translation>
        </message>
        <message>
            <source>base {base}, now {now}</source>
            <translation>base {base}, ahora {now}</translation>
        </message>
        <message>
            <source>the comment was edited</source>
            <translation>se editó el comentario</translation>
        </message>
        <message>
            <source>the cell holds a number of thousands of digits</source>
            <translation>la celda contiene un número de miles de dígitos</translation>
        </message>
        <message>
            <source>write the points, with the maximum in the maximum column</source>
            <translation>escriba los puntos, con el máximo en la columna de máximo</translation>
        </message>
        <message>
            <source>the spreadsheet shows a date or time ({value}), not a number</source>
            <translation>la hoja de cálculo muestra una fecha u hora ({value}), no un número</translation>
        </message>
        <message numerus="yes">
            <source>the row has {count} more cells than the header: a text with a delimiter in it needs quotes</source>
            <translation>
                <numerusform>la fila tiene {count} celda más que el encabezado: un texto que contiene un delimitador necesita comillas</numerusform>
                <numerusform>la fila tiene {count} celdas más que el encabezado: un texto que contiene un delimitador necesita comillas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the same student is also on lines {lines}</source>
            <translation>
                <numerusform>el mismo estudiante también aparece en la línea {lines}</numerusform>
                <numerusform>el mismo estudiante también aparece en las líneas {lines}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>line_item_dialog</name>
        <message>
            <source>{count} learner has a grade. Most LMSes keep their points, so their percentages change: {score} out of {old} is {old_percent} now, {new_percent} out of {new}.</source>
            <translation>{count} estudiante tiene una calificación. La mayoría de los LMS conservan sus puntos, así que su porcentaje cambia: {score} sobre {old} es ahora un {old_percent}; sobre {new}, será un {new_percent}.</translation>
        </message>
        <message>
            <source>{count} score is above the new maximum and becomes extra credit.</source>
            <translation>{count} puntuación supera el nuevo máximo y pasa a ser crédito extra.</translation>
        </message>
        <message numerus="yes">
            <source>{count} scores are above the new maximum and become extra credit.</source>
            <translation>
                <numerusform>{count} puntuación supera el nuevo máximo y pasa a ser crédito extra.</numerusform>
                <numerusform>{count} puntuaciones superan el nuevo máximo y pasan a ser crédito extra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the grade column “{label}” from the LMS gradebook?

Every grade and comment in it is deleted in the LMS too. This cannot be undone.</source>
            <translation>¿Eliminar la columna de calificación «{label}» del libro de calificaciones del LMS?

Todas sus calificaciones y comentarios también se eliminan en el LMS. Esto no se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete grade column</source>
            <translation>Eliminar la columna de calificación</translation>
        </message>
        <message>
            <source>Delete “{label}”</source>
            <translation>Eliminar «{label}»</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners have a grade. Most LMSes keep their points, so their percentages change: {score} out of {old} is {old_percent} now, {new_percent} out of {new}.</source>
            <translation>
                <numerusform>{count} estudiante tiene una calificación. La mayoría de los LMS conservan sus puntos, así que su porcentaje cambia: {score} sobre {old} es ahora un {old_percent}; sobre {new}, será un {new_percent}.</numerusform>
                <numerusform>{count} estudiantes tienen una calificación. La mayoría de los LMS conservan sus puntos, así que sus porcentajes cambian: {score} sobre {old} es ahora un {old_percent}; sobre {new}, será un {new_percent}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>line_item_model</name>
        <message>
            <source>out of {maximum}</source>
            <translation>sobre {maximum}</translation>
        </message>
        <message>
            <source>opens {date}</source>
            <translation>apertura: {date}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>entrega: {date}</translation>
        </message>
    </context>
    <context>
        <name>local_data_dialog</name>
        <message numerus="yes">
            <source>{count} grade columns</source>
            <translation>
                <numerusform>{count} columna de calificación</numerusform>
                <numerusform>{count} columnas de calificación</numerusform>
            </translation>
        </message>
        <message>
            <source>the downloaded grades of {columns}</source>
            <translation>las calificaciones descargadas de {columns}</translation>
        </message>
        <message>
            <source>the grades as last downloaded (for working offline)</source>
            <translation>las calificaciones tal como se descargaron por última vez (para trabajar sin conexión)</translation>
        </message>
        <message>
            <source>{count} grade column</source>
            <translation>{count} columna de calificación</translation>
        </message>
        <message>
            <source>{count} grade not yet confirmed by the LMS: it will never be sent</source>
            <translation>{count} calificación aún no confirmada por el LMS: no se enviará nunca</translation>
        </message>
        <message>
            <source>{count} draft not yet submitted</source>
            <translation>{count} borrador aún no enviado</translation>
        </message>
        <message>
            <source>{count} entry of the history of what was sent</source>
            <translation>{count} entrada del historial de lo enviado</translation>
        </message>
        <message>
            <source>Remove everything kept on this computer for “{label}”?</source>
            <translation>¿Eliminar todo lo guardado en este equipo para «{label}»?</translation>
        </message>
        <message>
            <source>Remove everything kept on this computer for every grade column of {connection}?</source>
            <translation>¿Eliminar todo lo guardado en este equipo para todas las columnas de calificación de {connection}?</translation>
        </message>
        <message>
            <source>The grades in the LMS are not changed. This cannot be undone.</source>
            <translation>Las calificaciones del LMS no se modifican. Esto no se puede deshacer.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Forever</source>
            <translation>Para siempre</translation>
        </message>
        <message numerus="yes">
            <source>{count} days</source>
            <translation>
                <numerusform>{count} día</numerusform>
                <numerusform>{count} días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} drafts not yet submitted</source>
            <translation>
                <numerusform>{count} borrador aún no enviado</numerusform>
                <numerusform>{count} borradores aún no enviados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} entries of the history of what was sent</source>
            <translation>
                <numerusform>{count} entrada del historial de lo enviado</numerusform>
                <numerusform>{count} entradas del historial de lo enviado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} grades not yet confirmed by the LMS: they will never be sent</source>
            <translation>
                <numerusform>{count} calificación aún no confirmada por el LMS: no se enviará nunca</numerusform>
                <numerusform>{count} calificaciones aún no confirmadas por el LMS: no se enviarán nunca</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>A grade column needs a name.</source>
            <translation>Una columna de calificación necesita un nombre.</translation>
        </message>
    </context>
    <context>
        <name>numbers</name>
        <message>
            <source>write the points, with the maximum in its own place</source>
            <translation>escriba los puntos, con el máximo en su propio campo</translation>
        </message>
        <message>
            <source>no number is written</source>
            <translation>no hay ningún número escrito</translation>
        </message>
        <message>
            <source>NaN (not a number) is not a score</source>
            <translation>NaN (no es un número) no es una puntuación</translation>
        </message>
        <message>
            <source>infinity is not a score</source>
            <translation>infinito no es una puntuación</translation>
        </message>
        <message>
            <source>{shown} is a percentage: write the points instead</source>
            <translation>{shown} es un porcentaje: escriba los puntos</translation>
        </message>
        <message>
            <source>{shown} is a fraction: {advice}</source>
            <translation>{shown} es una fracción: {advice}</translation>
        </message>
        <message>
            <source>{shown} is not a number</source>
            <translation>{shown} no es un número</translation>
        </message>
        <message>
            <source>{shown} is negative: a score is 0 or more</source>
            <translation>{shown} es negativo: una puntuación es 0 o más</translation>
        </message>
        <message>
            <source>{shown} is too large to be a score</source>
            <translation>{shown} es demasiado grande para ser una puntuación</translation>
        </message>
        <message>
            <source>the maximum {maximum} has more decimals than an LMS keeps ({decimals}): it would be sent as 0</source>
            <translation>el máximo {maximum} tiene más decimales de los que guarda un LMS ({decimals}): se enviaría como 0</translation>
        </message>
        <message>
            <source>{score} has more decimals than an LMS keeps ({decimals}): it would be sent as 0</source>
            <translation>{score} tiene más decimales de los que guarda un LMS ({decimals}): se enviaría como 0</translation>
        </message>
        <message>
            <source>{score} out of {maximum} has more decimals than an LMS keeps ({decimals}): it would become {kept_score} out of {kept_maximum}</source>
            <translation>{score} sobre {maximum} tiene más decimales de los que guarda un LMS ({decimals}): quedaría en {kept_score} sobre {kept_maximum}</translation>
        </message>
        <message>
            <source>'{text}'</source>
            <translation>«{text}»</translation>
        </message>
        <message>
            <source>a number of thousands of digits</source>
            <translation>un número de miles de dígitos</translation>
        </message>
        <message>
            <source>{shown} has digit grouping, which is not read: write {plain}</source>
            <translation>{shown} tiene separadores de miles, que no se leen: escriba {plain}</translation>
        </message>
        <message>
            <source>{shown} could be {whole} or {decimal}: digit grouping is not read; write {whole}, or {decimal} for the decimal number</source>
            <translation>{shown} podría ser {whole} o {decimal}: los separadores de miles no se leen; escriba {whole}, o {decimal} para el número decimal</translation>
        </message>
        <message>
            <source>{shown} is in scientific notation, which is not read: write the number in full</source>
            <translation>{shown} está en notación científica, que no se lee: escriba el número completo</translation>
        </message>
        <message>
            <source>{shown} is in scientific notation, which is not read: write {plain}</source>
            <translation>{shown} está en notación científica, que no se lee: escriba {plain}</translation>
        </message>
        <message numerus="yes">
            <source>{start}…{end} ({count} characters)</source>
            <translation>
                <numerusform>{start}…{end} ({count} carácter)</numerusform>
                <numerusform>{start}…{end} ({count} caracteres)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>outbox_prompt</name>
        <message>
            <source>{count} grade queued for {label}. Send it now?</source>
            <translation>{count} calificación en cola para {label}. ¿Enviarla ahora?</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades queued for {label}. Send them now?</source>
            <translation>
                <numerusform>{count} calificación en cola para {label}. ¿Enviarla ahora?</numerusform>
                <numerusform>{count} calificaciones en cola para {label}. ¿Enviarlas ahora?</numerusform>
            </translation>
        </message>
        <message>
            <source>• {count} grade for {label}</source>
            <translation>• {count} calificación para {label}</translation>
        </message>
        <message numerus="yes">
            <source>• {count} grades for {label}</source>
            <translation>
                <numerusform>• {count} calificación para {label}</numerusform>
                <numerusform>• {count} calificaciones para {label}</numerusform>
            </translation>
        </message>
        <message>
            <source>Grades are queued from your last session:
{lines}

Send them now?</source>
            <translation>Hay calificaciones en cola de su última sesión:
{lines}

¿Enviarlas ahora?</translation>
        </message>
    </context>
    <context>
        <name>pasted_column</name>
        <message>
            <source>Copy a single column of scores: the clipboard holds several columns.</source>
            <translation>Copie una sola columna de puntuaciones: el portapapeles contiene varias columnas.</translation>
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <source>no grade</source>
            <translation>sin calificación</translation>
        </message>
        <message>
            <source>{grade} without a comment</source>
            <translation>{grade} sin comentario</translation>
        </message>
        <message>
            <source>{grade} with the comment “{comment}”</source>
            <translation>{grade} con el comentario «{comment}»</translation>
        </message>
        <message>
            <source>{grade}, the comment left as it was</source>
            <translation>{grade}, comentario sin cambios</translation>
        </message>
        <message>
            <source>{grade}, the comment removed</source>
            <translation>{grade}, comentario eliminado</translation>
        </message>
        <message>
            <source>The LMS capped {score} at the maximum {maximum}.</source>
            <translation>El LMS limitó {score} al máximo de {maximum}.</translation>
        </message>
        <message>
            <source>The LMS accepted {sent} but still shows {shown}.</source>
            <translation>El LMS aceptó {sent}, pero sigue mostrando {shown}.</translation>
        </message>
        <message>
            <source>Changed in the LMS since it was downloaded: it was {was}, it is now {now}; yours is {yours}.</source>
            <translation>Cambió en el LMS desde que se descargó: era {was}, ahora es {now}; la suya es {yours}.</translation>
        </message>
        <message>
            <source>You kept the LMS's grade and comment: {now} (it was {was} when downloaded). Your edit, {yours}, was dropped and not sent.</source>
            <translation>Usted conservó la calificación y el comentario del LMS: {now} (era {was} al descargarla). Su edición, {yours}, se descartó y no se envió.</translation>
        </message>
        <message>
            <source>The LMS already shows this grade.</source>
            <translation>El LMS ya muestra esta calificación.</translation>
        </message>
        <message>
            <source>Not applied: {failures}; still queued, to send again later.</source>
            <translation>No aplicada: {failures}; sigue en cola para enviarse más tarde.</translation>
        </message>
        <message>
            <source>Not sent: {failures}; still queued, to send again later.</source>
            <translation>No enviada: {failures}; sigue en cola para enviarse más tarde.</translation>
        </message>
    </context>
    <context>
        <name>quit_prompt</name>
        <message>
            <source>Grades are being sent. Quit anyway?</source>
            <translation>Se están enviando calificaciones. ¿Salir de todos modos?</translation>
        </message>
        <message>
            <source>{count} grade is not in the LMS yet. Quit anyway?</source>
            <translation>{count} calificación aún no está en el LMS. ¿Salir de todos modos?</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades are not in the LMS yet. Quit anyway?</source>
            <translation>
                <numerusform>{count} calificación aún no está en el LMS. ¿Salir de todos modos?</numerusform>
                <numerusform>{count} calificaciones aún no están en el LMS. ¿Salir de todos modos?</numerusform>
            </translation>
        </message>
        <message>
            <source>This is the demo course: a new one starts with the app, so these changes are gone once you quit.</source>
            <translation>Este es el curso de demostración: se crea uno nuevo al iniciar la aplicación, así que estos cambios se pierden al salir.</translation>
        </message>
        <message>
            <source>Quitting stops the sending; the grades not yet sent stay queued on this computer, and the app offers to send them when you open this course again.</source>
            <translation>Al salir se detiene el envío; las calificaciones aún no enviadas permanecen en cola en este equipo, y la aplicación ofrece enviarlas cuando vuelva a abrir este curso.</translation>
        </message>
        <message>
            <source>They are kept on this computer: the next time you open this course, the app shows them and offers to send them. Nothing is sent until you say so.</source>
            <translation>Se guardan en este equipo: la próxima vez que abra este curso, la aplicación se las mostrará y le ofrecerá enviarlas. No se envía nada hasta que usted lo indique.</translation>
        </message>
    </context>
    <context>
        <name>results_columns</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ID de usuario</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Porcentaje</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>review_dialog</name>
        <message>
            <source>Canvas adds every comment it receives as a new submission comment, so a comment is sent only where you changed it.</source>
            <translation>Canvas añade cada comentario que recibe como un nuevo comentario de la entrega, así que un comentario solo se envía donde usted lo cambió.</translation>
        </message>
        <message>
            <source>The LMS is not identified, so the standard LTI rule applies: a grade sent without a comment removes the comment, so each grade is sent with the learner's comment (the current one where you did not change it).</source>
            <translation>El LMS no está identificado, así que se aplica la regla LTI estándar: una calificación enviada sin comentario elimina el comentario, por lo que cada calificación se envía con el comentario del estudiante (el actual donde usted no lo cambió).</translation>
        </message>
        <message>
            <source>{lms} replaces the comment with every grade it receives, so each grade is sent with the learner's comment (the current one where you did not change it).</source>
            <translation>{lms} sustituye el comentario con cada calificación que recibe, por lo que cada calificación se envía con el comentario del estudiante (el actual donde usted no lo cambió).</translation>
        </message>
        <message>
            <source>{count} changed in the LMS since you edited it</source>
            <translation>{count} con la calificación cambiada en el LMS desde que usted la editó</translation>
        </message>
        <message>
            <source>{count} gives extra credit</source>
            <translation>{count} da crédito extra</translation>
        </message>
        <message numerus="yes">
            <source>{count} give extra credit</source>
            <translation>
                <numerusform>{count} da crédito extra</numerusform>
                <numerusform>{count} dan crédito extra</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} changed in the LMS since you edited them</source>
            <translation>
                <numerusform>{count} con la calificación cambiada en el LMS desde que usted la editó</numerusform>
                <numerusform>{count} con la calificación cambiada en el LMS desde que usted las editó</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} grade to clear</source>
            <translation>{count} calificación que borrar</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades to clear</source>
            <translation>
                <numerusform>{count} calificación que borrar</numerusform>
                <numerusform>{count} calificaciones que borrar</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} comment to remove</source>
            <translation>{count} comentario que eliminar</translation>
        </message>
        <message numerus="yes">
            <source>{count} comments to remove</source>
            <translation>
                <numerusform>{count} comentario que eliminar</numerusform>
                <numerusform>{count} comentarios que eliminar</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} is already in the LMS</source>
            <translation>{count} ya está en el LMS</translation>
        </message>
        <message numerus="yes">
            <source>{count} are already in the LMS</source>
            <translation>
                <numerusform>{count} ya está en el LMS</numerusform>
                <numerusform>{count} ya están en el LMS</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} cambio</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation>
                <numerusform>{count} cambio</numerusform>
                <numerusform>{count} cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>{counts}.</source>
            <translation>{counts}.</translation>
        </message>
        <message>
            <source>{count} grade</source>
            <translation>{count} calificación</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation>
                <numerusform>{count} calificación</numerusform>
                <numerusform>{count} calificaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>row_status</name>
        <message>
            <source>not a student of the course (no learner role)</source>
            <translation>no es estudiante del curso (sin rol de estudiante)</translation>
        </message>
        <message>
            <source>{status}: {reason}</source>
            <translation>{status}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>score_dialog</name>
        <message>
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Entregada</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Iniciada</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin iniciar</translation>
        </message>
        <message>
            <source>Fully graded</source>
            <translation>Calificada por completo</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Pending manual grading</source>
            <translation>Pendiente de calificación manual</translation>
        </message>
        <message>
            <source>Grading failed</source>
            <translation>Error de calificación</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>No preparada</translation>
        </message>
        <message>
            <source>write the points here and the maximum in the “out of” field</source>
            <translation>escriba aquí los puntos y el máximo en el campo «sobre»</translation>
        </message>
        <message>
            <source>write the maximum alone in the “out of” field</source>
            <translation>escriba solo el máximo en el campo «sobre»</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} y {last}</translation>
        </message>
        <message numerus="yes">
            <source>{names} and {count} more</source>
            <translation>
                <numerusform>{names} y {count} más</numerusform>
                <numerusform>{names} y {count} más</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear the grade of {name}?</source>
            <translation>¿Borrar la calificación de {name}?</translation>
        </message>
        <message numerus="yes">
            <source>Clear the grades of {count} learners ({names})?</source>
            <translation>
                <numerusform>¿Borrar la calificación de {count} estudiante ({names})?</numerusform>
                <numerusform>¿Borrar las calificaciones de {count} estudiantes ({names})?</numerusform>
            </translation>
        </message>
        <message>
            <source>When you submit, the app sends a score without a value: Canvas and Moodle then show no grade. Comments are kept. The change is checked against the LMS after sending and recorded in the history. Until you submit you can undo it.</source>
            <translation>Al enviar, la aplicación envía una puntuación sin valor: Canvas y Moodle dejan entonces de mostrar una calificación. Los comentarios se conservan. El cambio se comprueba con el LMS después del envío y queda registrado en el historial. Hasta que lo envíe, puede deshacerlo.</translation>
        </message>
        <message>
            <source>The LMS shows no grade for them now. When you submit, the app sends a score without a value: Canvas and Moodle then show no grade. Comments are kept. The change is checked against the LMS after sending and recorded in the history. Until you submit you can undo it.</source>
            <translation>El LMS no muestra ahora ninguna calificación para ellos. Al enviar, la aplicación envía una puntuación sin valor: Canvas y Moodle dejan entonces de mostrar una calificación. Los comentarios se conservan. El cambio se comprueba con el LMS después del envío y queda registrado en el historial. Hasta que lo envíe, puede deshacerlo.</translation>
        </message>
        <message>
            <source>Clear grade</source>
            <translation>Borrar calificación</translation>
        </message>
        <message numerus="yes">
            <source>Clear {count} grades</source>
            <translation>
                <numerusform>Borrar {count} calificación</numerusform>
                <numerusform>Borrar {count} calificaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>{course} / {column} — Gradebook</source>
            <translation>{course} / {column} — Gradebook</translation>
        </message>
        <message>
            <source>{course} — Gradebook</source>
            <translation>{course} — Gradebook</translation>
        </message>
        <message>
            <source>Gradebook</source>
            <translation>Gradebook</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (solo lectura)</translation>
        </message>
    </context>
    <context>
        <name>stats_pane</name>
        <message>
            <source>{count} learner</source>
            <translation>{count} estudiante</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} estudiante</numerusform>
                <numerusform>{count} estudiantes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>status_area</name>
        <message>
            <source>{count} unsent change</source>
            <translation>{count} cambio sin enviar</translation>
        </message>
        <message>
            <source>No unsent changes</source>
            <translation>No hay cambios sin enviar</translation>
        </message>
        <message>
            <source>{changes} ({count} conflict)</source>
            <translation>{changes} ({count} conflicto)</translation>
        </message>
        <message numerus="yes">
            <source>{count} unsent changes</source>
            <translation>
                <numerusform>{count} cambio sin enviar</numerusform>
                <numerusform>{count} cambios sin enviar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{changes} ({count} conflicts)</source>
            <translation>
                <numerusform>{changes} ({count} conflicto)</numerusform>
                <numerusform>{changes} ({count} conflictos)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>submission</name>
        <message>
            <source>Sending grades</source>
            <translation>Enviando las calificaciones</translation>
        </message>
        <message>
            <source>{count} grade not yet sent stays queued</source>
            <translation>{count} calificación aún no enviada permanece en cola</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades not yet sent stay queued</source>
            <translation>
                <numerusform>{count} calificación aún no enviada permanece en cola</numerusform>
                <numerusform>{count} calificaciones aún no enviadas permanecen en cola</numerusform>
            </translation>
        </message>
        <message>
            <source>the grades not yet verified stay queued</source>
            <translation>las calificaciones aún no verificadas permanecen en cola</translation>
        </message>
    </context>
    <context>
        <name>submitting</name>
        <message>
            <source>not on the course roster (the student may have left the course)</source>
            <translation>no está en la lista de clase del curso (puede que el estudiante haya dejado el curso)</translation>
        </message>
        <message>
            <source>not an active student (roster status {status})</source>
            <translation>no es un estudiante activo (estado en la lista de clase: {status})</translation>
        </message>
        <message>
            <source>Nothing was waiting to be sent.</source>
            <translation>No había nada pendiente de envío.</translation>
        </message>
        <message>
            <source>All {count} grade sent and verified.</source>
            <translation>Se envió y verificó {count} calificación.</translation>
        </message>
        <message>
            <source>{parts}. Cancelled: submit again to send the rest.</source>
            <translation>{parts}. Cancelado: vuelva a enviar para mandar el resto.</translation>
        </message>
        <message>
            <source>{parts}. {stopped}</source>
            <translation>{parts}. {stopped}</translation>
        </message>
        <message>
            <source>{parts}.</source>
            <translation>{parts}.</translation>
        </message>
        <message>
            <source>{parts} (sending stopped).</source>
            <translation>{parts} (envío detenido).</translation>
        </message>
        <message>
            <source>{count} grade stays queued on this computer</source>
            <translation>{count} calificación permanece en cola en este equipo</translation>
        </message>
        <message>
            <source>{queued} (sending stopped).</source>
            <translation>{queued} (envío detenido).</translation>
        </message>
        <message>
            <source>{queued} (sending stopped; {parts}).</source>
            <translation>{queued} (envío detenido; {parts}).</translation>
        </message>
        <message>
            <source>{count} conflict</source>
            <translation>{count} conflicto</translation>
        </message>
        <message numerus="yes">
            <source>All {count} grades sent and verified.</source>
            <translation>
                <numerusform>Se envió y verificó {count} calificación.</numerusform>
                <numerusform>Se enviaron y verificaron las {count} calificaciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} conflicts</source>
            <translation>
                <numerusform>{count} conflicto</numerusform>
                <numerusform>{count} conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} failed</source>
            <translation>
                <numerusform>{count} fallida</numerusform>
                <numerusform>{count} fallidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} grades stay queued on this computer</source>
            <translation>
                <numerusform>{count} calificación permanece en cola en este equipo</numerusform>
                <numerusform>{count} calificaciones permanecen en cola en este equipo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} left as changed in the LMS</source>
            <translation>
                <numerusform>{count} se dejó tal como se cambió en el LMS</numerusform>
                <numerusform>{count} se dejaron tal como se cambiaron en el LMS</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of these students have unsent edits in the window for this line item; submit or discard those first</source>
            <translation>
                <numerusform>{count} de estos estudiantes tiene ediciones sin enviar en la ventana para esta columna de calificación; envíelas o descártelas primero</numerusform>
                <numerusform>{count} de estos estudiantes tienen ediciones sin enviar en la ventana para esta columna de calificación; envíelas o descártelas primero</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} still queued</source>
            <translation>
                <numerusform>{count} sigue en cola</numerusform>
                <numerusform>{count} siguen en cola</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{verified} of {count} verified</source>
            <translation>
                <numerusform>{verified} de {count} verificada</numerusform>
                <numerusform>{verified} de {count} verificadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wording</name>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
    </context>
    <context>
        <name>xlsx</name>
        <message>
            <source>The file is not a readable XLSX workbook (it may be damaged).</source>
            <translation>El archivo no es un libro XLSX legible (puede estar dañado).</translation>
        </message>
        <message>
            <source>The workbook unpacks to {size}, more than a grade import reads ({limit}): it is not a grade sheet, or it is damaged.</source>
            <translation>El libro se descomprime en {size}, más de lo que lee una importación de calificaciones ({limit}): no es una hoja de calificaciones o está dañado.</translation>
        </message>
        <message>
            <source>The workbook's part {part} unpacks to {ratio} times its packed size ({size}); spreadsheets never pack more than {limit} times, so the file is refused as unsafe to open.</source>
            <translation>La parte {part} del libro se descomprime en {ratio} veces su tamaño comprimido ({size}); las hojas de cálculo nunca comprimen más de {limit} veces, así que el archivo se rechaza por no ser seguro abrirlo.</translation>
        </message>
        <message>
            <source>The workbook has no worksheet.</source>
            <translation>El libro no tiene ninguna hoja de cálculo.</translation>
        </message>
        <message numerus="yes">
            <source>{user}: the comment is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user}: el comentario es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva solo {count} carácter.</numerusform>
                <numerusform>{user}: el comentario es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva sus primeros {count} caracteres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the email is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user}: el correo electrónico es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva solo {count} carácter.</numerusform>
                <numerusform>{user}: el correo electrónico es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva sus primeros {count} caracteres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the name is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user}: el nombre es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva solo {count} carácter.</numerusform>
                <numerusform>{user}: el nombre es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva sus primeros {count} caracteres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the user ID is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user}: el ID de usuario es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva solo {count} carácter.</numerusform>
                <numerusform>{user}: el ID de usuario es más largo de lo que cabe en una celda de hoja de cálculo; el XLSX conserva sus primeros {count} caracteres.</numerusform>
            </translation>
        </message>
    </context>
</TS>
