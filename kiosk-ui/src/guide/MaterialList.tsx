import type { GuideMaterial } from '../../../protocol/guide';
import { Stacked, Text } from '../../../ui-kit/i18n';

/** 申请材料, each with 原件/复印件, 份数 and 出具单位: the heart of the 一次性告知. */
export function MaterialList(props: { materials: GuideMaterial[] }) {
  if (props.materials.length === 0) {
    return (
      <p class="guide-text">
        <Text k="kiosk.material.none" />
      </p>
    );
  }
  return (
    <ol class="material-list">
      {props.materials.map((m, index) => (
        <li key={`${index}:${m.name}`} class="material">
          <span class="material-index" aria-hidden="true">
            {index + 1}
          </span>
          <div class="material-body">
            <p class="material-name"><Stacked mn={m.nameMn ?? ''} zh={m.name} /></p>
            <p class="material-facts">
              <span class={`material-form material-form-${m.form}`}>
                <Text k={`kiosk.material.${m.form}`} />
              </span>
              <span class="material-copies">
                <Text k="kiosk.material.copies" vars={{ n: m.copies }} />
              </span>
            </p>
            <p class="material-issuer">
              {m.issuer ? <Text k="kiosk.material.issuer" vars={{ issuer: m.issuer }} /> : <Text k="kiosk.material.issuerSelf" />}
            </p>
            {m.note ? <p class="material-note">{m.note}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
