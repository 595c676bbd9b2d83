import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface MapPopupProps {
  map: MapLibreMap;
  lngLat: [number, number];
  label: string;
  onClose: () => void;
  children: ReactNode;
}

/** A MapLibre popup whose content is rendered by React through a portal, so it follows the map as it moves. */
export function MapPopup({ map, lngLat, label, onClose, children }: MapPopupProps) {
  const [container] = useState(() => {
    const element = document.createElement('div');
    element.setAttribute('role', 'dialog');
    element.setAttribute('aria-label', label);
    return element;
  });

  useEffect(() => {
    const popup = new Popup({ closeButton: true, closeOnClick: false, maxWidth: '320px', offset: 12 })
      .setDOMContent(container)
      .setLngLat(lngLat)
      .addTo(map);
    popup.on('close', onClose);
    return () => {
      popup.off('close', onClose);
      popup.remove();
    };
  }, [map, container, lngLat, onClose]);

  return createPortal(children, container);
}
